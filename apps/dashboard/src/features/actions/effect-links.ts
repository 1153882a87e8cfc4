import { addDays, type Day } from '../../lib/day';
import { explorerUrl, type ExplorerFilter } from '../../lib/explorer-url';

export interface EffectRow {
  /** What the items are linked to ("Theme: Engineer appointments"). */
  label: string;
  /** Explorer links to the same number of days before the start day, and from it on. */
  before: string;
  after: string;
}

/** Longest window compared on each side of the start day. */
export const MAX_WINDOW_DAYS = 365;

/**
 * The items behind an action's effect: for each thing it is linked to, the items from the start
 * day to today and those of the same number of days just before. No rows while the action has no
 * start day (or a future one), or when it is linked to nothing.
 */
export function effectLinks(
  action: {
    startedOn: Day | null;
    policyId: string | null;
    themeId: string | null;
    teamId: string | null;
  },
  names: { policy: string | null; theme: string | null; team: string | null },
  today: Day,
): { rows: EffectRow[]; days: number } {
  if (!action.startedOn || action.startedOn > today) return { rows: [], days: 0 };
  const days = Math.min(MAX_WINDOW_DAYS, daysBetween(action.startedOn, today) + 1);
  const after = { from: action.startedOn, to: addDays(action.startedOn, days - 1) };
  const before = { from: addDays(action.startedOn, -days), to: addDays(action.startedOn, -1) };
  const links: { filter: ExplorerFilter; label: string }[] = [];
  if (action.policyId && names.policy)
    links.push({ filter: { policyIds: [action.policyId] }, label: `Policy: ${names.policy}` });
  if (action.themeId && names.theme)
    links.push({ filter: { themeIds: [action.themeId] }, label: `Theme: ${names.theme}` });
  if (action.teamId && names.team)
    links.push({ filter: { teamIds: [action.teamId] }, label: `Team: ${names.team}` });
  return {
    days,
    rows: links.map((link) => ({
      label: link.label,
      before: explorerUrl({ ...link.filter, ...before }),
      after: explorerUrl({ ...link.filter, ...after }),
    })),
  };
}

function daysBetween(from: Day, to: Day): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
