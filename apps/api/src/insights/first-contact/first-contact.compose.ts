// Pure shaping of first-contact figures from counts grouped by outcome.
import { DAY_MS } from '@fulcrum/signals';
import { ItemEventType } from '../../items/item.enums';
import { FirstContactOutcome } from '../read-model/attention-sql';
import type { Drilldown } from '../read-model/drilldown.types';
import { shareOf } from '../read-model/figures';
import { dayOf } from '../read-model/scope';
import type {
  FirstContactFigures,
  FirstContactGroup,
  FirstContactPoint,
} from './first-contact.types';
import { TrendGrain } from './first-contact.types';

export const DEFINITION =
  'Decided at first contact: the item carries a decision other than escalated or referred, nothing on its timeline escalated it, and it never waited on the customer or on someone inside before the decision was final (a contact logged with its decision qualifies). Later: decided after such a wait. Escalated: decided as escalated or escalated on its timeline. Shares are of the items with a decision.';

/** Items of one group, outcome and exception flag. */
export interface OutcomeCount {
  outcome: FirstContactOutcome;
  /** Any exception granted on the item. */
  exception: boolean;
  items: number;
}

const DECIDED = [
  FirstContactOutcome.FIRST_CONTACT,
  FirstContactOutcome.LATER,
  FirstContactOutcome.ESCALATED,
  FirstContactOutcome.REFERRED,
];

/** The figures of one group; `base` is the drilldown of the group's items. */
export function composeFigures(
  counts: readonly OutcomeCount[],
  base: Drilldown,
): FirstContactFigures {
  const of = (outcome: FirstContactOutcome) =>
    counts.filter((c) => c.outcome === outcome).reduce((sum, c) => sum + c.items, 0);
  const item = (count: number, extra: Drilldown) => ({ count, drilldown: { ...base, ...extra } });
  const decided = DECIDED.reduce((sum, outcome) => sum + of(outcome), 0);
  const first = of(FirstContactOutcome.FIRST_CONTACT);
  const escalated = of(FirstContactOutcome.ESCALATED);
  const exceptions = counts
    .filter((c) => c.outcome === FirstContactOutcome.FIRST_CONTACT && c.exception)
    .reduce((sum, c) => sum + c.items, 0);
  return {
    items: item(
      counts.reduce((sum, c) => sum + c.items, 0),
      {},
    ),
    decided,
    firstContact: item(first, { firstContact: FirstContactOutcome.FIRST_CONTACT }),
    later: item(of(FirstContactOutcome.LATER), { firstContact: FirstContactOutcome.LATER }),
    escalated: item(escalated, { firstContact: FirstContactOutcome.ESCALATED }),
    referred: item(of(FirstContactOutcome.REFERRED), {
      firstContact: FirstContactOutcome.REFERRED,
    }),
    undecided: item(of(FirstContactOutcome.UNDECIDED), {
      firstContact: FirstContactOutcome.UNDECIDED,
    }),
    exceptionsAtFirstContact: item(exceptions, {
      firstContact: FirstContactOutcome.FIRST_CONTACT,
      eventTypes: [ItemEventType.EXCEPTION_GRANTED],
    }),
    firstContactShare: shareOf(first, decided),
    escalatedShare: shareOf(escalated, decided),
  };
}

/** Groups (teams, policies) with their figures, most decided first. */
export function composeGroups(
  counts: readonly (OutcomeCount & { id: string })[],
  names: ReadonlyMap<string, string>,
  base: (id: string) => Drilldown,
): FirstContactGroup[] {
  const byId = new Map<string, OutcomeCount[]>();
  for (const count of counts) byId.set(count.id, [...(byId.get(count.id) ?? []), count]);
  return [...byId]
    .map(([id, group]) => ({
      id,
      name: names.get(id) ?? 'Unknown',
      figures: composeFigures(group, base(id)),
    }))
    .filter((group) => group.figures.decided > 0)
    .sort((a, b) => b.figures.decided - a.figures.decided || a.name.localeCompare(b.name));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TrendBucket {
  /** The week's Monday or the month's first day, as SQL's date_trunc gives it. */
  start: number;
  /** The part inside the period. */
  from: number;
  to: number;
  label: string;
}

/** The weeks (from Monday) or months touching the period, each cut to it. */
export function trendBuckets(
  period: { from: number; to: number },
  grain: TrendGrain,
): TrendBucket[] {
  const buckets: TrendBucket[] = [];
  const first = new Date(period.from);
  let start =
    grain === TrendGrain.MONTH
      ? Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)
      : period.from - ((first.getUTCDay() + 6) % 7) * DAY_MS;
  while (start < period.to) {
    const date = new Date(start);
    const next =
      grain === TrendGrain.MONTH
        ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
        : start + 7 * DAY_MS;
    buckets.push({
      start,
      from: Math.max(start, period.from),
      to: Math.min(next, period.to),
      label:
        grain === TrendGrain.MONTH
          ? `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`
          : `w/c ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`,
    });
    start = next;
  }
  return buckets;
}

/** The trend: one point per bucket, from counts keyed by the bucket's start day (YYYY-MM-DD). */
export function composeTrend(
  buckets: readonly TrendBucket[],
  counts: readonly (OutcomeCount & { bucket: string })[],
  base: (from: number, to: number) => Drilldown,
): FirstContactPoint[] {
  return buckets.map((bucket) => ({
    from: dayOf(bucket.from),
    to: dayOf(bucket.to),
    label: bucket.label,
    figures: composeFigures(
      counts.filter((c) => c.bucket === dayOf(bucket.start)),
      base(bucket.from, bucket.to),
    ),
  }));
}
