import type { Period } from '@fulcrum/signals';
import {
  addCounts,
  monthsPeriod,
  NO_PULSE,
  publishedCells,
  type PublishedCell,
  type PulseCounts,
  selectCells,
} from './anonymous-pulse.compose';
import type { InsightData } from './insight-data.service';
import { dayOf } from './scope';

interface CountsRow {
  key: string;
  team_id: string;
  responses: number;
  workload_sum: number;
  overwhelmed: number;
}

const COUNTS = `count(*)::int AS responses, coalesce(sum(workload), 0)::int AS workload_sum,
  count(*) FILTER (WHERE workload >= 4)::int AS overwhelmed`;

const countsOf = (row: CountsRow): PulseCounts => ({
  responses: Number(row.responses),
  workloadSum: Number(row.workload_sum),
  overwhelmed: Number(row.overwhelmed),
});

/**
 * The published anonymous cells of the reporting months. Every team of the organisation takes
 * part, whatever the request's filter: the groups must not depend on who asks or how.
 */
export async function readPublishedPulse(
  data: InsightData,
  months: readonly string[],
): Promise<{ cells: PublishedCell[]; notes: string[] }> {
  const window = monthsPeriod(months);
  if (!window) return { cells: [], notes: [] };
  const [teams, rows] = await Promise.all([
    data.query<{ id: string; name: string }>('SELECT id, name FROM teams ORDER BY name'),
    data.query<CountsRow>(
      `SELECT to_char(submitted_on, 'YYYY-MM') AS key, team_id, ${COUNTS} FROM pulse_entries
        WHERE anonymous AND submitted_on >= $1::date AND submitted_on < $2::date GROUP BY 1, 2`,
      [dayOf(window.from), dayOf(window.to)],
    ),
  ]);
  return publishedCells(
    teams,
    rows.map((row) => ({ teamId: row.team_id, month: row.key, counts: countsOf(row) })),
    months,
  );
}

/**
 * Named (not anonymous) pulse entries per team, for the whole span or per ISO week (Monday).
 * Named entries carry no promise of anonymity, so any period may count them.
 */
export async function readNamedPulse(
  data: InsightData,
  teamIds: readonly string[] | null,
  period: Period,
  perWeek: boolean,
): Promise<Map<string, PulseCounts>> {
  const key = perWeek ? `date_trunc('week', submitted_on::timestamp)::date::text` : `''`;
  const rows = await data.query<CountsRow>(
    `SELECT ${key} AS key, team_id, ${COUNTS} FROM pulse_entries
      WHERE NOT anonymous AND ($1::uuid[] IS NULL OR team_id = ANY($1::uuid[]))
        AND submitted_on >= $2::date AND submitted_on < $3::date GROUP BY 1, 2`,
    [teamIds, dayOf(period.from), dayOf(period.to)],
  );
  return new Map(rows.map((row) => [`${row.team_id}|${row.key}`, countsOf(row)]));
}

/**
 * All pulse figures of a reporting window for a team filter (none: the whole organisation): the
 * named entries of the selected teams and the published anonymous cells lying wholly inside it.
 */
export async function readWindowPulse(
  data: InsightData,
  teamIds: readonly string[],
  months: readonly string[],
): Promise<PulseCounts> {
  const window = monthsPeriod(months);
  if (!window) return NO_PULSE;
  const selected = teamIds.length > 0 ? teamIds : null;
  const [named, published] = await Promise.all([
    readNamedPulse(data, selected, window, false),
    readPublishedPulse(data, months),
  ]);
  return [
    ...named.values(),
    ...selectCells(published.cells, teamIds).map((cell) => cell.counts),
  ].reduce(addCounts, NO_PULSE);
}
