import { ItemEventType } from '../../items/item.enums';
import { FirstContactOutcome } from '../read-model/attention-sql';
import { dayMs } from '../read-model/scope';
import {
  composeFigures,
  composeGroups,
  composeTrend,
  type OutcomeCount,
  trendBuckets,
} from './first-contact.compose';
import { TrendGrain } from './first-contact.types';

const c = (outcome: FirstContactOutcome, items: number, exception = false): OutcomeCount => ({
  outcome,
  items,
  exception,
});

describe('composeFigures', () => {
  const counts = [
    c(FirstContactOutcome.FIRST_CONTACT, 5),
    c(FirstContactOutcome.FIRST_CONTACT, 2, true),
    c(FirstContactOutcome.LATER, 3),
    c(FirstContactOutcome.ESCALATED, 2, true),
    c(FirstContactOutcome.REFERRED, 1),
    c(FirstContactOutcome.UNDECIDED, 4),
  ];

  it('takes shares of the decided items only, leaving the undecided out', () => {
    const figures = composeFigures(counts, { teamIds: ['t'] });
    expect(figures.items.count).toBe(17);
    expect(figures.decided).toBe(13);
    expect(figures.firstContact.count).toBe(7);
    expect(figures.firstContactShare).toMatchObject({ successes: 7, trials: 13 });
    expect(figures.escalatedShare).toMatchObject({ successes: 2, trials: 13 });
    expect(figures.undecided.count).toBe(4);
  });

  it('counts exceptions granted on items decided at first contact only, with a drilldown saying so', () => {
    const figures = composeFigures(counts, { teamIds: ['t'] });
    expect(figures.exceptionsAtFirstContact.count).toBe(2);
    expect(figures.exceptionsAtFirstContact.drilldown).toEqual({
      teamIds: ['t'],
      firstContact: FirstContactOutcome.FIRST_CONTACT,
      eventTypes: [ItemEventType.EXCEPTION_GRANTED],
    });
    expect(figures.escalated.drilldown).toEqual({
      teamIds: ['t'],
      firstContact: FirstContactOutcome.ESCALATED,
    });
  });
});

describe('composeGroups', () => {
  it('ranks groups by decided items and drops groups with no decision', () => {
    const groups = composeGroups(
      [
        { ...c(FirstContactOutcome.FIRST_CONTACT, 1), id: 'a' },
        { ...c(FirstContactOutcome.LATER, 4), id: 'b' },
        { ...c(FirstContactOutcome.UNDECIDED, 9), id: 'z' },
      ],
      new Map([
        ['a', 'Refunds need a receipt'],
        ['b', 'Laptops need approval'],
      ]),
      (id) => ({ linkedPolicyIds: [id] }),
    );
    expect(groups.map((g) => [g.name, g.figures.decided])).toEqual([
      ['Laptops need approval', 4],
      ['Refunds need a receipt', 1],
    ]);
    expect(groups[0].figures.later.drilldown).toEqual({
      linkedPolicyIds: ['b'],
      firstContact: FirstContactOutcome.LATER,
    });
  });
});

describe('trend', () => {
  it('cuts weeks to the period, starting from the Monday SQL truncates to', () => {
    // 1 Mar 2026 is a Sunday: its week began on Monday 23 Feb.
    const buckets = trendBuckets(
      { from: dayMs('2026-03-01'), to: dayMs('2026-03-10') },
      TrendGrain.WEEK,
    );
    expect(buckets.map((b) => [new Date(b.start).toISOString().slice(0, 10), b.label])).toEqual([
      ['2026-02-23', 'w/c 23 Feb'],
      ['2026-03-02', 'w/c 2 Mar'],
      ['2026-03-09', 'w/c 9 Mar'],
    ]);
    const trend = composeTrend(
      buckets,
      [
        { ...c(FirstContactOutcome.FIRST_CONTACT, 2), bucket: '2026-02-23' },
        { ...c(FirstContactOutcome.LATER, 1), bucket: '2026-03-09' },
      ],
      (from, to) => ({ receivedFrom: new Date(from), receivedTo: new Date(to) }),
    );
    expect(trend.map((p) => [p.from, p.to, p.figures.decided])).toEqual([
      ['2026-03-01', '2026-03-02', 2],
      ['2026-03-02', '2026-03-09', 0],
      ['2026-03-09', '2026-03-10', 1],
    ]);
    expect(trend[0].figures.items.drilldown.receivedFrom).toEqual(new Date('2026-03-01T00:00:00Z'));
  });

  it('gives calendar months', () => {
    const buckets = trendBuckets(
      { from: dayMs('2026-01-15'), to: dayMs('2026-03-01') },
      TrendGrain.MONTH,
    );
    expect(buckets.map((b) => b.label)).toEqual(['Jan 2026', 'Feb 2026']);
  });
});
