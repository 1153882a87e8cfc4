import type { Channel, ItemKind, ItemSource } from '../../../items/item.enums';
import type { MappableField } from '../csv-import.types';

/** Fields whose cells a helpdesk writes in its own words. */
export type TranslatedField = 'kind' | 'status' | 'priority' | 'channel' | 'satisfaction';

/**
 * What Fulcrum knows about one helpdesk's CSV export. Documented, a table per system, in
 * tools/cli/README.md ("Helpdesk exports"); keep the two in step.
 */
export interface HelpdeskSystem {
  /** The product's name, as the README's table names it. */
  label: string;
  /** The `system` values that select it, compared without case or punctuation. */
  names: string[];
  /**
   * The export's headers for each field, tried before the common header names (so reports
   * with other headers still import); `[]` says the export has no such column, so no other
   * column is taken for it (Help Scout's Type is the channel, not the kind).
   */
  columns: Partial<Record<MappableField, string[]>>;
  /**
   * The export's words (lower case) for each field and what they are in Fulcrum; `null` means
   * "no value" (e.g. a survey offered but not answered). Words not listed are read as Fulcrum's
   * own values, so an export already using them still imports.
   */
  values: Partial<Record<TranslatedField, Record<string, string | number | null>>>;
  /** Used when the row's cell is empty or the export has no such column. */
  defaults: { kind: ItemKind; source: ItemSource; channel: Channel };
}
