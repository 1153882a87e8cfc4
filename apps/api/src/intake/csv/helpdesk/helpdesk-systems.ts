import { FRESHDESK } from './freshdesk';
import { HELP_SCOUT } from './help-scout';
import type { HelpdeskSystem, TranslatedField } from './helpdesk-system';
import { JIRA_SERVICE_MANAGEMENT } from './jira-service-management';
import { ZAMMAD } from './zammad';
import { ZENDESK } from './zendesk';

export const HELPDESK_SYSTEMS: readonly HelpdeskSystem[] = [
  ZENDESK,
  FRESHDESK,
  JIRA_SERVICE_MANAGEMENT,
  ZAMMAD,
  HELP_SCOUT,
];

const simplify = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The helpdesk an import's `system` names ("Help Scout", "help-scout", "helpscout" alike), if known. */
export function helpdeskSystem(system: string): HelpdeskSystem | undefined {
  const wanted = simplify(system);
  return HELPDESK_SYSTEMS.find((known) => known.names.some((name) => simplify(name) === wanted));
}

/**
 * A cell in the helpdesk's own words, as Fulcrum's value: `{ value }` (null = no value, e.g. a
 * survey not answered), or undefined when the helpdesk has no such word (read it as Fulcrum's).
 */
export function translateCell(
  system: HelpdeskSystem | undefined,
  field: TranslatedField,
  cell: string,
): { value: string | number | null } | undefined {
  const words = system?.values[field];
  const word = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  return words && Object.hasOwn(words, word) ? { value: words[word] } : undefined;
}
