// The pure half of item volume: which range a request asks for (with its defaults and bound)
// and the rows read as points. ItemVolumeService reads; nothing here touches the database.
import { DAY_MS } from '@fulcrum/signals';
import { invalidField } from '../../common/domain-error';
import type { ItemKind } from '../../items/item.enums';
import { Interval, type VolumePoint } from './item-volume.types';

/** Longest range per interval, so one query never returns an unbounded number of buckets. */
export const MAX_RANGE_DAYS: Record<Interval, number> = {
  [Interval.DAY]: 400,
  [Interval.WEEK]: 5 * 366,
  [Interval.MONTH]: 10 * 366,
};
/** Months shown when no start is given: two years, from the first of a month. */
export const DEFAULT_MONTHS = 24;

/**
 * The range asked for: `to` defaults to now, `from` to the first of the month 24 months before
 * `to`; a range longer than its interval allows is refused on `from`.
 */
export function volumeRange(
  input: { from?: Date; to?: Date; interval: Interval },
  now: number,
): { from: Date; to: Date } {
  const to = input.to ?? new Date(now);
  const from =
    input.from ?? new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - DEFAULT_MONTHS, 1));
  if ((to.getTime() - from.getTime()) / DAY_MS > MAX_RANGE_DAYS[input.interval]) {
    throw invalidField(
      'from',
      'maxRange',
      `the range may span at most ${MAX_RANGE_DAYS[input.interval]} days for ${input.interval}`,
    );
  }
  return { from, to };
}

export const volumePoints = (
  rows: readonly { period_start: Date; kind: ItemKind; count: number }[],
): VolumePoint[] =>
  rows.map((row) => ({ periodStart: row.period_start, kind: row.kind, count: row.count }));
