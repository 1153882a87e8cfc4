import { HOUR_MS } from '@fulcrum/signals';
import { ItemKind, ItemStatus } from '../../items/item.enums';
import { SlaClock } from '../read-model/drilldown.types';
import type { DurationRow } from '../read-model/durations';
import { bucketOf } from '../read-model/histogram';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, EMPTY_FILTER, type Scope } from '../read-model/scope';
import {
  composeBacklog,
  composeDurations,
  composeStatusTimes,
  composeWeeks,
  durationGroupings,
  type PopulationRow,
} from './bottlenecks.compose';
import { composeServiceLevels, type OpenClockRow, tallySla } from './service-levels.compose';
import { composeWaits } from './waits.compose';
import { FlowDimension } from './bottlenecks.types';

const TEAM_A = 'aaaaaaaa-0000-0000-0000-000000000001';
const TEAM_B = 'bbbbbbbb-0000-0000-0000-000000000002';
const POLICY = 'cccccccc-0000-0000-0000-000000000003';
const names: Names = {
  teams: new Map([
    [TEAM_A, 'Service desk'],
    [TEAM_B, 'Billing'],
  ]),
  themes: new Map(),
  policies: new Map([[POLICY, 'Refunds need a receipt']]),
};
const period = { from: dayMs('2025-05-05'), to: dayMs('2025-05-19') };
const scope: Scope = {
  period,
  comparison: { from: dayMs('2025-04-21'), to: dayMs('2025-05-05') },
  filter: EMPTY_FILTER,
  now: dayMs('2025-06-01'),
};

/** A rollup row with every measure zero but those given. */
const measures = (values: Partial<MeasureRow>): MeasureRow =>
  new Proxy({ bucket: null, ...values } as MeasureRow, {
    get: (target, key) => (key in target ? target[key as keyof MeasureRow] : 0),
  });

/** A histogram row holding the given durations (hours). */
const durations = (hours: number[], rest: Partial<DurationRow> = {}): DurationRow => {
  const counts = new Map<number, number>();
  for (const h of hours)
    counts.set(bucketOf(h * HOUR_MS), (counts.get(bucketOf(h * HOUR_MS)) ?? 0) + 1);
  return {
    team_id: null,
    kind: null,
    dim_id: null,
    buckets: [...counts.keys()],
    counts: [...counts.values()],
    ...rest,
  };
};

const openClock = (values: Partial<OpenClockRow>): OpenClockRow => ({
  team_id: TEAM_A,
  kind: ItemKind.REQUEST,
  fr_breached: 0,
  fr_pending: 0,
  fr_none: 0,
  res_breached: 0,
  res_pending: 0,
  res_none: 0,
  ...values,
});

describe('flow per week', () => {
  it('runs the backlog from the items open before the period through each week', () => {
    const weeks = composeWeeks(
      period,
      EMPTY_FILTER,
      [
        measures({ bucket: '2025-05-05', arrivals: 10, completions: 4 }),
        measures({ bucket: '2025-05-12', arrivals: 2, completions: 7 }),
      ],
      [measures({ arrivals: 100, completions: 95 })],
    );
    expect(weeks.map((w) => [w.weekStart, w.net, w.backlogAtEnd])).toEqual([
      ['2025-05-05', 6, 11],
      ['2025-05-12', -5, 6],
    ]);
  });
});

describe('backlog', () => {
  const row = (values: Partial<PopulationRow>): PopulationRow => ({
    part: 'basic',
    team_id: null,
    kind: null,
    dim_id: null,
    bucket: 0,
    n: 0,
    buckets: null,
    counts: null,
    item_id: null,
    received_at: null,
    status: null,
    ...values,
  });

  it('counts open items into 0–7, 7–30, 30–90 and 90+ day bands and ages the oldest to the instant', () => {
    const at = dayMs('2025-05-19');
    const backlog = composeBacklog(
      EMPTY_FILTER,
      at,
      [
        row({ buckets: [bucketOf(24 * HOUR_MS)], counts: [3] }),
        row({ part: 'band', bucket: 0, n: 2 }),
        row({ part: 'band', bucket: 3, n: 1 }),
        row({
          part: 'oldest',
          item_id: 'item-1',
          received_at: new Date(at - 100 * 24 * HOUR_MS),
          status: ItemStatus.WAITING_INTERNAL,
        }),
      ],
      [measures({ arrivals: 10, completions: 8 })],
    );
    expect(backlog.count).toBe(3);
    expect(backlog.change.previous).toBe(2);
    expect(backlog.bands.map((b) => [b.label, b.count])).toEqual([
      ['0–7 days', 2],
      ['7–30 days', 0],
      ['30–90 days', 0],
      ['90+ days', 1],
    ]);
    expect(backlog.oldest).toEqual([
      { itemId: 'item-1', ageHours: 2400, status: ItemStatus.WAITING_INTERNAL },
    ]);
    expect(backlog.ageP50Hours).toBeCloseTo(24, 0);
  });
});

describe('duration figures', () => {
  it('reads team and kind groupings once for ALL, TEAM and KIND', () => {
    expect(durationGroupings([FlowDimension.TEAM, FlowDimension.KIND])).toEqual(['basic']);
    expect(durationGroupings([FlowDimension.POLICY])).toEqual(['policy']);
  });

  it('counts lead-time items as finished only, first-response items with the unanswered ones', () => {
    const dimensions = [FlowDimension.ALL, FlowDimension.TEAM];
    const sets = [{ period: scope.period, groups: 'basic' as const }];
    const input = {
      scope: { ...scope, comparison: null },
      dimensions,
      sets,
      finished: [[durations([1, 2, 3], { team_id: TEAM_A })]],
      unfinished: [[durations([500, 600], { team_id: TEAM_A })]],
      names,
    };
    const [lead] = composeDurations({ ...input, metric: 'lead' });
    expect(lead.items).toBe(3);
    expect(lead.finished).toBe(3);
    const [firstResponse] = composeDurations({ ...input, metric: 'first-response' });
    expect(firstResponse.items).toBe(5);
    // Unfinished items pull the "including open" median up, not the median of finished ones.
    expect(firstResponse.p50Hours).toBeCloseTo(2, 0);
    expect(firstResponse.p50IncludingOpenHours).toBeCloseTo(3, 0);
  });

  it('always lists ALL, leaves out empty groups and orders by dimension, then items', () => {
    const figures = composeDurations({
      scope,
      dimensions: [FlowDimension.ALL, FlowDimension.TEAM],
      metric: 'lead',
      sets: [
        { period: scope.period, groups: 'basic' },
        { period: scope.comparison!, groups: 'basic' },
      ],
      finished: [
        [durations([1], { team_id: TEAM_A }), durations([1, 2], { team_id: TEAM_B })],
        [durations([10], { team_id: TEAM_A })],
      ],
      unfinished: [[]],
      names,
    });
    expect(figures.map((f) => [f.dimension, f.subject?.name ?? null, f.items])).toEqual([
      [FlowDimension.ALL, null, 3],
      [FlowDimension.TEAM, 'Billing', 2],
      [FlowDimension.TEAM, 'Service desk', 1],
    ]);
    expect(figures[0].previousP50Hours).toBeCloseTo(10, 0);
    expect(figures[0].change.direction).toBe('down');

    const empty = composeDurations({
      scope,
      dimensions: [FlowDimension.ALL],
      metric: 'lead',
      sets: [],
      finished: [],
      unfinished: [[]],
      names,
    });
    expect(empty.map((f) => [f.dimension, f.items, f.p50Hours])).toEqual([
      [FlowDimension.ALL, 0, null],
    ]);
  });
});

describe('time in status', () => {
  it('gives flow efficiency as working time over all open time, waiting on the customer included, and ranks statuses by time', () => {
    const result = composeStatusTimes(
      scope,
      measures({
        completions: 10,
        reopened: 1,
        done_new_ms: 2 * HOUR_MS,
        done_new_items: 2,
        done_in_progress_ms: 6 * HOUR_MS,
        done_in_progress_items: 3,
        done_waiting_internal_ms: 12 * HOUR_MS,
        done_waiting_internal_items: 4,
        done_waiting_customer_ms: 4 * HOUR_MS,
        done_waiting_customer_items: 1,
      }),
    );
    // Waiting on the customer is open time too: it counts in the lead time the customer sees.
    expect(result.flowEfficiency).toBeCloseTo(6 / 24);
    expect(result.timeInStatus.map((s) => [s.status, s.waiting, s.meanHours])).toEqual([
      [ItemStatus.WAITING_INTERNAL, true, 3],
      [ItemStatus.IN_PROGRESS, false, 2],
      [ItemStatus.WAITING_ON_CUSTOMER, true, 4],
      [ItemStatus.NEW, true, 1],
    ]);
    expect(result.reopenRate.share).toBeCloseTo(0.1);
  });

  it('has no flow efficiency when nothing was resolved', () => {
    expect(composeStatusTimes(scope, undefined).flowEfficiency).toBeNull();
  });

  it('lists waiting on the customer at zero when no resolved item waited on the customer', () => {
    const result = composeStatusTimes(
      scope,
      measures({ completions: 2, done_in_progress_ms: 5 * HOUR_MS, done_in_progress_items: 2 }),
    );
    expect(result.timeInStatus.map((s) => [s.status, s.items, s.shareOfLead])).toEqual([
      [ItemStatus.IN_PROGRESS, 2, 1],
      [ItemStatus.NEW, 0, 0],
      [ItemStatus.WAITING_ON_CUSTOMER, 0, 0],
      [ItemStatus.WAITING_INTERNAL, 0, 0],
    ]);
  });
});

describe('service levels', () => {
  it('counts open items past their target as breached and those within it as pending', () => {
    const tally = tallySla(
      [
        measures({
          team_id: TEAM_A,
          kind: ItemKind.REQUEST,
          first_response_met: 8,
          first_response_breached: 1,
        }),
      ],
      [openClock({ fr_breached: 1, fr_pending: 5, fr_none: 2, res_breached: 3 })],
    );
    expect(tally.firstResponse).toEqual({ met: 8, breached: 2, pending: 5, noTarget: 2 });
    expect(tally.resolution).toEqual({ met: 0, breached: 3, pending: 0, noTarget: 0 });
  });

  it('gives attainment as met over met and breached, per team by name and per kind', () => {
    const levels = composeServiceLevels({
      scope,
      finished: [
        measures({
          team_id: TEAM_A,
          kind: ItemKind.REQUEST,
          first_response_met: 3,
          first_response_breached: 1,
        }),
        measures({ team_id: TEAM_B, kind: ItemKind.COMPLAINT, first_response_met: 1 }),
      ],
      previousFinished: [
        measures({
          team_id: TEAM_A,
          kind: ItemKind.REQUEST,
          first_response_met: 1,
          first_response_breached: 1,
        }),
      ],
      open: [openClock({ fr_pending: 10 })],
      previousOpen: [],
      worstBreaches: [
        { item_id: 'late', clock: SlaClock.RESOLUTION, overdue: 5 * HOUR_MS, responded: true },
      ],
      names,
    });
    expect(levels.firstResponse.attainment.share).toBeCloseTo(4 / 5);
    expect(levels.firstResponse.pending).toBe(10);
    expect(levels.previousFirstResponseAttainment).toBeCloseTo(0.5);
    expect(levels.resolution.attainment.share).toBeNull();
    expect(levels.groups.map((g) => [g.dimension, g.team?.name ?? g.kind])).toEqual([
      [FlowDimension.TEAM, 'Billing'],
      [FlowDimension.TEAM, 'Service desk'],
      [FlowDimension.KIND, ItemKind.COMPLAINT],
      [FlowDimension.KIND, ItemKind.REQUEST],
    ]);
    expect(levels.groups[1].firstResponse.breachesDrilldown).toMatchObject({
      slaBreached: SlaClock.FIRST_RESPONSE,
      teamIds: [TEAM_A],
    });
    expect(levels.worstBreaches).toEqual([
      { itemId: 'late', clock: SlaClock.RESOLUTION, overdueHours: 5, open: true },
    ]);
  });

  it('has no previous attainment without a comparison period', () => {
    const levels = composeServiceLevels({
      scope: { ...scope, comparison: null },
      finished: [],
      previousFinished: [],
      open: [],
      previousOpen: [],
      worstBreaches: [],
      names,
    });
    expect(levels.previousFirstResponseAttainment).toBeNull();
    expect(levels.groups).toEqual([]);
  });
});

describe('where requests wait', () => {
  // Per team, the items linked to no policy.
  const byTeam = [
    measures({ team_id: TEAM_A, waiting_internal_ms: 4 * HOUR_MS, waited_internal: 3 }),
    measures({ team_id: TEAM_B, waiting_customer_ms: 30 * HOUR_MS, waited_customer: 3 }),
  ];
  const byPolicy = [
    measures({
      team_id: TEAM_A,
      dim_id: POLICY,
      waiting_internal_ms: 6 * HOUR_MS,
      waited_internal: 1,
    }),
  ];

  it("ranks by total time, splitting a team's waits into its linked policies and its items linked to none", () => {
    const spots = composeWaits({ scope, limit: 10, byTeam, byPolicy, open: [], names });
    expect(
      spots.map((s) => [s.rank, s.team?.name, s.policy?.name ?? null, s.totalHours, s.items]),
    ).toEqual([
      [1, 'Billing', null, 30, 3],
      [2, 'Service desk', 'Refunds need a receipt', 6, 1],
      [3, 'Service desk', null, 4, 3],
    ]);
    expect(spots.reduce((sum, s) => sum + s.shareOfWaiting, 0)).toBeCloseTo(1);
    expect(spots[1].drilldown).toMatchObject({ teamIds: [TEAM_A], linkedPolicyIds: [POLICY] });
    expect(spots[1].drilldown.linkedToPolicy).toBeUndefined();
    // The team-only row opens the team's items linked to no policy, the ones it counts.
    expect(spots[2].drilldown).toMatchObject({ teamIds: [TEAM_A], linkedToPolicy: false });
  });

  it('adds the spells under way and says how many are still waiting', () => {
    const [top] = composeWaits({
      scope,
      limit: 1,
      byTeam: [],
      byPolicy: [],
      open: [
        {
          team_id: TEAM_A,
          policy_id: null,
          status: ItemStatus.NEW,
          n: 2,
          new_items: 2,
          ms: 8 * HOUR_MS,
        },
      ],
      names,
    });
    expect(top).toMatchObject({ status: ItemStatus.NEW, items: 2, waitingNow: 2, totalHours: 8 });
    expect(top.explanation).toContain('2 still waiting');
  });

  it('keeps only the filtered policies and drops unlinked waits when the filter names a policy', () => {
    const spots = composeWaits({
      scope: { ...scope, filter: { ...EMPTY_FILTER, policyIds: [POLICY] } },
      limit: 10,
      byTeam,
      byPolicy,
      open: [
        {
          team_id: TEAM_B,
          policy_id: null,
          status: ItemStatus.NEW,
          n: 1,
          new_items: 1,
          ms: HOUR_MS,
        },
      ],
      names,
    });
    expect(spots.map((s) => s.policy?.id)).toEqual([POLICY]);
  });
});
