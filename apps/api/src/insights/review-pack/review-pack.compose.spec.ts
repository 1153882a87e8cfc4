import { ActionStatus } from '../../actions/action.enums';
import {
  type Backlog,
  type DurationFigure,
  FlowDimension,
  type ServiceLevels,
} from '../bottlenecks/bottlenecks.types';
import { countChange } from '../read-model/figures';
import type { ActionRow, Names } from '../read-model/insight-data.service';
import { dayMs, EMPTY_FILTER, type Scope } from '../read-model/scope';
import type { RisingSignals } from '../rising/rising.types';
import type { Trends } from '../trends/trends.types';
import { IndicatorState, type WarningSigns } from '../warning-signs/warning-signs.types';
import { composeKpis, type KpiSources, reviewActions } from './review-pack.compose';

const period = { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') };
const scope: Scope = {
  period,
  comparison: { from: dayMs('2025-04-01'), to: dayMs('2025-05-01') },
  filter: EMPTY_FILTER,
  now: dayMs('2025-06-15'),
};
const series = (
  current: number | null,
  previous: number | null,
  points: { value: number | null; basis: number }[] = [],
) => ({
  total: { ...countChange(current, previous) },
  drilldown: {},
  points,
});
const trends = {
  volumeByKind: [series(10, 8), series(5, null)],
  complaints: series(4, 2),
  negativeShare: series(0.25, 0.2, [
    { value: 0.25, basis: 8 },
    { value: 0.25, basis: 4 },
  ]),
  satisfaction: series(4.1, 3.9, [
    { value: 4, basis: 3 },
    { value: null, basis: 0 },
  ]),
} as unknown as Trends;
const figure = (dimension: FlowDimension, p50Hours: number): DurationFigure =>
  ({
    dimension,
    p50Hours,
    finished: 6,
    change: countChange(p50Hours, null),
    drilldown: {},
  }) as unknown as DurationFigure;
const sources = (overrides: Partial<KpiSources> = {}): KpiSources => ({
  scope,
  trends,
  firstResponses: [figure(FlowDimension.TEAM, 9), figure(FlowDimension.ALL, 3)],
  leadTimes: [],
  sla: {
    firstResponse: { attainment: { share: 0.9 }, breached: 2, breachesDrilldown: {} },
    resolution: { attainment: { share: null }, breached: 0, breachesDrilldown: {} },
    previousFirstResponseAttainment: 0.8,
    previousResolutionAttainment: null,
  } as unknown as ServiceLevels,
  backlog: { count: 7, change: countChange(7, 5), drilldown: {} } as unknown as Backlog,
  warnings: {
    signs: [
      { state: IndicatorState.ALERT },
      { state: IndicatorState.WATCH },
      { state: IndicatorState.ALERT },
    ],
  } as unknown as WarningSigns,
  rising: { alerts: 1 } as unknown as RisingSignals,
  ...overrides,
});
const value = (kpis: ReturnType<typeof composeKpis>, key: string) =>
  kpis.find((k) => k.key === key);

describe('review KPIs', () => {
  it('says which items a rate or a median opens, and how many', () => {
    const kpis = composeKpis(sources());
    const opens = (key: string) => {
      const kpi = value(kpis, key)!;
      return [kpi.drilldownCount, kpi.drilldownLabel];
    };
    expect(opens('satisfaction')).toEqual([3, 'The 3 rated items the mean is over']);
    expect(opens('negative-share')).toEqual([
      3,
      'The 3 items with negative sentiment (of 12 analysed)',
    ]);
    expect(opens('first-response-sla')[0]).toBe(2);
    expect(opens('first-response-sla')[1]).toMatch(/^The 2 late first responses/);
    expect(value(kpis, 'first-response-p50')!.drilldown).toMatchObject({ answered: true });
    expect(opens('first-response-p50')[0]).toBe(6);
    expect(opens('backlog')).toEqual([7, 'The 7 items open at the end']);
    expect(opens('warning-alerts')).toEqual([null, null]);
  });

  it('gives the eleven headline figures in a fixed order', () => {
    expect(composeKpis(sources()).map((k) => k.key)).toEqual([
      'items',
      'complaints',
      'negative-share',
      'satisfaction',
      'first-response-p50',
      'lead-time-p50',
      'first-response-sla',
      'resolution-sla',
      'backlog',
      'warning-alerts',
      'rising-alerts',
    ]);
  });

  it('names the comparison period in every verdict', () => {
    const kpis = composeKpis(sources());
    expect(value(kpis, 'complaints')?.verdict).toBe(
      'Complaints: 4, +100% against Apr 2025 (2): worse.',
    );
    // Items received are demand: their change carries no "better" or "worse".
    expect(value(kpis, 'items')?.verdict).toBe('Items received: 15, +88% against Apr 2025 (8).');
    expect(value(kpis, 'first-response-sla')?.verdict).toMatch(
      /against Apr 2025 \(80%\): better\.$/,
    );
    // Counts of signs are judged against their own thresholds, not against April.
    expect(value(kpis, 'warning-alerts')?.verdict).toMatch(
      /^Warning signs on alert: 2 of 3, each judged against its own thresholds .*not against Apr 2025\.$/,
    );
    const alone = composeKpis(sources({ scope: { ...scope, comparison: null } }));
    expect(value(alone, 'complaints')?.verdict).toBe(
      'Complaints: 4, not compared (no comparison period chosen).',
    );
  });

  it('sums items over the kinds and compares them only when there is a comparison period', () => {
    const items = value(composeKpis(sources()), 'items');
    expect(items?.value).toBe(15);
    expect(items?.change.previous).toBe(8);
    const alone = value(composeKpis(sources({ scope: { ...scope, comparison: null } })), 'items');
    expect(alone?.change.previous).toBeNull();
  });

  it('takes the medians of ALL, and says there is none when nothing was resolved', () => {
    const kpis = composeKpis(sources());
    expect(value(kpis, 'first-response-p50')?.value).toBe(3);
    expect(value(kpis, 'lead-time-p50')?.value).toBeNull();
    expect(value(kpis, 'lead-time-p50')?.drilldown).toBeNull();
  });

  it('counts the warning signs on alert, and marks which way is good news', () => {
    const kpis = composeKpis(sources());
    expect(value(kpis, 'warning-alerts')?.value).toBe(2);
    expect(value(kpis, 'satisfaction')?.higherIsBetter).toBe(true);
    expect(value(kpis, 'complaints')?.higherIsBetter).toBe(false);
  });
});

describe('review actions', () => {
  const names: Names = {
    teams: new Map(),
    themes: new Map([['t', 'Refunds']]),
    policies: new Map(),
  };
  const action = (id: string, values: Partial<ActionRow>): ActionRow => ({
    id,
    title: id,
    owner: 'Ops',
    status: ActionStatus.IN_PROGRESS,
    policyId: null,
    themeId: null,
    teamId: null,
    startedOn: null,
    doneOn: null,
    ...values,
  });

  it('lists planned actions, those active in the period and those done in it, not those done before', () => {
    const listed = reviewActions(
      [
        action('planned', { status: ActionStatus.PLANNED }),
        action('active', { startedOn: '2025-04-10', themeId: 't' }),
        action('done-in', {
          status: ActionStatus.DONE,
          startedOn: '2025-03-01',
          doneOn: '2025-05-20',
        }),
        action('done-before', {
          status: ActionStatus.DONE,
          startedOn: '2025-03-01',
          doneOn: '2025-04-20',
        }),
        action('starts-after', { startedOn: '2025-06-10' }),
      ],
      names,
      period,
    );
    expect(listed.map((a) => a.id)).toEqual(['planned', 'active', 'done-in']);
    expect(listed[1].theme).toEqual({ id: 't', name: 'Refunds' });
  });
});
