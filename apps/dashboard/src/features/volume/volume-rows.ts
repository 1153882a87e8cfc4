import type { ItemKind, ItemVolumeQuery } from '../../graphql/generated/graphql';
import { ITEM_KINDS } from '../../lib/labels';
import { monthOf, monthsIn, type Month, type MonthRange } from '../../lib/period';

export type VolumePoint = ItemVolumeQuery['itemVolume'][number];

/** One bar of the chart: a month and its count per kind. */
export type VolumeRow = { month: Month; total: number } & Record<ItemKind, number>;

/**
 * Query result → chart rows: one row per month of the range, in order, with every kind present
 * (zero when the API sent nothing for it, since it returns only non-empty buckets). Points
 * outside the range and kinds this dashboard does not know are left out.
 */
export function toMonthlyVolumeRows(
  points: readonly VolumePoint[],
  range: MonthRange,
): VolumeRow[] {
  const rows = new Map<Month, VolumeRow>(monthsIn(range).map((month) => [month, emptyRow(month)]));
  for (const point of points) {
    const timestamp = new Date(point.periodStart);
    if (Number.isNaN(timestamp.getTime())) continue;
    const row = rows.get(monthOf(timestamp));
    if (!row || !(ITEM_KINDS as readonly string[]).includes(point.kind)) continue;
    row[point.kind] += point.count;
    row.total += point.count;
  }
  return [...rows.values()];
}

function emptyRow(month: Month): VolumeRow {
  return { month, total: 0, REQUEST: 0, COMPLAINT: 0, FEEDBACK: 0, COMPLIMENT: 0 };
}

export interface VolumeSummary {
  total: number;
  byKind: Record<ItemKind, number>;
  /** Share of all items that were complaints; null when there were none at all. */
  complaintShare: number | null;
  monthlyAverage: number;
  /** The month with the most items; the earliest one on a tie; null when every month is empty. */
  busiest: { month: Month; total: number } | null;
}

export function summariseVolume(rows: readonly VolumeRow[]): VolumeSummary {
  const byKind: Record<ItemKind, number> = { REQUEST: 0, COMPLAINT: 0, FEEDBACK: 0, COMPLIMENT: 0 };
  let total = 0;
  let busiest: VolumeSummary['busiest'] = null;
  for (const row of rows) {
    for (const kind of ITEM_KINDS) byKind[kind] += row[kind];
    total += row.total;
    if (row.total > 0 && (!busiest || row.total > busiest.total))
      busiest = { month: row.month, total: row.total };
  }
  return {
    total,
    byKind,
    complaintShare: total === 0 ? null : byKind.COMPLAINT / total,
    monthlyAverage: rows.length === 0 ? 0 : total / rows.length,
    busiest,
  };
}
