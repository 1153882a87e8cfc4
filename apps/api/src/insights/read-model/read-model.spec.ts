// The read layer's pure rules: how counting narrows a filter, how a filter becomes SQL and a
// drilldown, how a range of days is split into the tiers the rollups can answer, the seasonal
// baseline of the weekly tests, and sharing work within a request.
import { ItemKind } from '../../items/item.enums';
import { countingFilter, SignalCounting } from './counting';
import { planDurationTiers } from './durations';
import { memoised } from './memo';
import { dayMs, type Filter } from './scope';
import { filterConditions, filterDrilldown, Sql, where } from './sql';
import { addToWeek, seasonalBaseline } from './weeks';

const none: Filter = { teamIds: [], themeIds: [], policyIds: [], channels: [], kinds: [] };

describe('countingFilter', () => {
  it('narrows to complaints when counting complaints, whatever kinds the filter allowed', () => {
    expect(countingFilter(none, SignalCounting.COMPLAINTS).kinds).toEqual([ItemKind.COMPLAINT]);
    expect(
      countingFilter(
        { ...none, kinds: [ItemKind.REQUEST, ItemKind.COMPLAINT] },
        SignalCounting.COMPLAINTS,
      ).kinds,
    ).toEqual([ItemKind.COMPLAINT]);
  });

  it('keeps a filter that leaves complaints out, so the caller can see nothing is counted', () => {
    const requests = { ...none, kinds: [ItemKind.REQUEST] };
    expect(countingFilter(requests, SignalCounting.COMPLAINTS)).toEqual(requests);
  });

  it('leaves the filter alone when counting all items', () => {
    const filter = { ...none, teamIds: ['t'] };
    expect(countingFilter(filter, SignalCounting.ITEMS)).toBe(filter);
  });
});

describe('filter to SQL and drilldown', () => {
  it('adds one parameterised condition per narrowed field, none for an open filter', () => {
    const sql = new Sql();
    const conditions = filterConditions(sql, {
      ...none,
      teamIds: ['t1'],
      kinds: [ItemKind.COMPLAINT],
    });
    expect(conditions).toEqual(['f.team_id = ANY($1::uuid[])', 'f.kind = ANY($2::item_kind[])']);
    expect(sql.params).toEqual([['t1'], [ItemKind.COMPLAINT]]);
    expect(where(conditions)).toBe(
      'WHERE f.team_id = ANY($1::uuid[]) AND f.kind = ANY($2::item_kind[])',
    );
    expect(filterConditions(new Sql(), none)).toEqual([]);
    expect(where([])).toBe('');
  });

  it("carries the filter into a figure's drilldown, empty fields left out and the figure's own on top", () => {
    expect(filterDrilldown({ ...none, policyIds: ['p'] }, { kinds: [ItemKind.COMPLAINT] })).toEqual(
      {
        teamIds: undefined,
        themeIds: undefined,
        linkedPolicyIds: ['p'],
        channels: undefined,
        kinds: [ItemKind.COMPLAINT],
      },
    );
  });
});

describe('planDurationTiers', () => {
  it('reads whole months as months, whole ISO weeks as weeks and the rest as days', () => {
    // 28 April (a Monday) to 10 June: 28–30 April, May whole, Sunday 1 June, the week from
    // Monday 2 June, then 9 June.
    const plan = planDurationTiers({ from: dayMs('2025-04-28'), to: dayMs('2025-06-10') });
    expect(plan.months).toEqual(['2025-05-01']);
    expect(plan.weeks).toEqual(['2025-06-02']);
    expect(plan.days).toEqual([
      { from: dayMs('2025-04-28'), to: dayMs('2025-05-01') },
      { from: dayMs('2025-06-01'), to: dayMs('2025-06-02') },
      { from: dayMs('2025-06-09'), to: dayMs('2025-06-10') },
    ]);
  });

  it('leaves a week that would swallow the first of a whole month to days', () => {
    const plan = planDurationTiers({ from: dayMs('2025-04-28'), to: dayMs('2025-06-01') });
    expect(plan.weeks).toEqual([]);
    expect(plan.months).toEqual(['2025-05-01']);
  });

  it('plans nothing for an empty range', () => {
    expect(planDurationTiers({ from: dayMs('2025-05-01'), to: dayMs('2025-05-01') })).toEqual({
      months: [],
      weeks: [],
      days: [],
    });
  });
});

describe('seasonalBaseline', () => {
  it('compares with the same weeks ±3 once two past years are there, ±6 with one', () => {
    expect(seasonalBaseline(2 * 52 + 3 + 1, 1)).toEqual({
      seasonalPeriod: 52,
      seasonalHalfWidth: 3,
    });
    expect(seasonalBaseline(52 + 6 + 1, 1)).toEqual({ seasonalPeriod: 52, seasonalHalfWidth: 6 });
    expect(seasonalBaseline(20, 1)).toEqual({ seasonalPeriod: 52, seasonalHalfWidth: 3 });
  });
});

describe('addToWeek', () => {
  it("adds a row into its week counted from the series' first Monday, leaving out rows outside it", () => {
    const counts = [0, 0, 0];
    const from = dayMs('2025-03-03');
    addToWeek(counts, from, '2025-03-10', 4);
    addToWeek(counts, from, '2025-03-10', 1);
    addToWeek(counts, from, '2025-03-17', 2);
    addToWeek(counts, from, '2025-02-24', 9);
    addToWeek(counts, from, '2025-03-24', 9);
    addToWeek(counts, from, null, 9);
    expect(counts).toEqual([0, 5, 2]);
  });
});

describe('memoised', () => {
  it('makes each key once per request and shares the promise', async () => {
    const memo = new Map<string, Promise<unknown>>();
    let made = 0;
    const make = () => Promise.resolve(++made);
    const [a, b] = await Promise.all([memoised(memo, 'k', make), memoised(memo, 'k', make)]);
    expect([a, b, made]).toEqual([1, 1, 1]);
    expect(await memoised(memo, 'other', make)).toBe(2);
  });
});
