// The whole weeks the rise tests look at, shared by rising signals, hotspots, warning signs and
// staff load.
import { WEEK_MS } from '@fulcrum/signals';

const SEASON_WEEKS = 52;

/**
 * Seasonal baseline options for weekly counts: the same weeks ±3 in up to three past years; with
 * only one past year, ±6 weeks, so the baseline holds enough weeks to judge by.
 */
export function seasonalBaseline(length: number, recent: number) {
  const start = length - recent;
  const twoYears = start - 2 * SEASON_WEEKS - 3 >= 0;
  const oneYearWide = start - SEASON_WEEKS - 6 >= 0;
  return {
    seasonalPeriod: SEASON_WEEKS,
    seasonalHalfWidth: !twoYears && oneYearWide ? 6 : 3,
  };
}

/**
 * The whole ISO weeks to test for a period: those inside it and complete by `now`; when there are
 * none, the last complete week ending by the period's end. Null before any complete week.
 */
export function testedWeeks(
  period: { from: number; to: number },
  now: number,
): { from: number; to: number } | null {
  const monday = (ms: number) => {
    const day = Math.floor(ms / 86_400_000) * 86_400_000;
    return day - ((new Date(day).getUTCDay() + 6) % 7) * 86_400_000;
  };
  const end = Math.min(monday(period.to), monday(now));
  const ceilMonday = (ms: number) => {
    const m = monday(ms);
    return m === ms ? m : m + WEEK_MS;
  };
  const start = ceilMonday(period.from);
  if (end > start) return { from: start, to: end };
  return end > 0 ? { from: end - WEEK_MS, to: end } : null;
}

/**
 * Adds a weekly rollup row's value into a dense series of weeks starting at `from` (a Monday);
 * a row outside the series, or without a bucket, is left out.
 */
export function addToWeek(counts: number[], from: number, bucket: string | null, value: number) {
  if (bucket === null) return;
  const index = Math.round((Date.parse(`${bucket}T00:00:00Z`) - from) / WEEK_MS);
  if (index >= 0 && index < counts.length) counts[index] += value;
}

/**
 * What a weekly rise test compares the tested weeks with, in words, following the same rule as
 * `seasonalBaseline` and the spike test: "the same weeks (±3) of 2023–2025", or the weeks before
 * when there is under a year of history. `testedFrom` is the Monday of the first tested week.
 */
export function baselineWords(
  testedFrom: number,
  length: number,
  recent: number,
): { seasonal: boolean; words: string } {
  const { seasonalPeriod, seasonalHalfWidth } = seasonalBaseline(length, recent);
  if (length - recent - seasonalPeriod - seasonalHalfWidth < 0)
    return { seasonal: false, words: 'the weeks before (less than a year of history)' };
  // The spike test looks back up to three cycles, each window as far as the series reaches.
  const years = [3, 2, 1]
    .filter((back) => length - back * seasonalPeriod + seasonalHalfWidth > 0)
    .map((back) => new Date(testedFrom - back * seasonalPeriod * WEEK_MS).getUTCFullYear())
    .filter((year, index, all) => all.indexOf(year) === index);
  const first = years[0];
  const last = years[years.length - 1];
  const span =
    years.length === 1
      ? `${first}`
      : years.length === 2
        ? `${first} and ${last}`
        : `${first}–${last}`;
  return { seasonal: true, words: `the same weeks (±${seasonalHalfWidth}) of ${span}` };
}
