import { Channel, ItemKind } from '../../items/item.enums';
import { Interval } from '../item-volume/item-volume.types';
import type { Names } from '../read-model/insight-data.service';
import type { MeasureRow } from '../read-model/rollups';
import { dayMs, EMPTY_FILTER } from '../read-model/scope';
import { actionsFilter, composeSplitTrends, splitLines } from './split-trends.compose';
import { TrendMetric, TrendSplit } from './trends.types';

const TEAM_A = '00000000-0000-4000-8000-00000000000a';
const TEAM_B = '00000000-0000-4000-8000-00000000000b';
const TEAM_C = '00000000-0000-4000-8000-00000000000c';
const names: Names = {
  teams: new Map([
    [TEAM_C, 'Claims'],
    [TEAM_A, 'Accounts'],
    [TEAM_B, 'Billing'],
  ]),
  themes: new Map(),
  policies: new Map(),
};

const row = (bucket: string, extra: Partial<MeasureRow>): MeasureRow =>
  ({
    bucket,
    arrivals: 0,
    analysed: 0,
    negative: 0,
    sentiment_sum: 0,
    rated: 0,
    satisfaction_sum: 0,
    ...extra,
  }) as MeasureRow;

describe('splitLines', () => {
  it('draws every team by name when the filter chooses none, the first `limit` of them', () => {
    const { lines, total } = splitLines(TrendSplit.TEAM, EMPTY_FILTER, names, 2);
    expect(total).toBe(3);
    expect(lines.map((line) => line.subject?.name)).toEqual(['Accounts', 'Billing']);
    expect(lines[1].filter.teamIds).toEqual([TEAM_B]);
  });

  it('draws only the teams the filter chose, keeping the rest of the filter', () => {
    const filter = { ...EMPTY_FILTER, teamIds: [TEAM_C, TEAM_A], kinds: [ItemKind.COMPLAINT] };
    const { lines } = splitLines(TrendSplit.TEAM, filter, names, 8);
    expect(lines.map((line) => [line.key, line.filter.teamIds, line.filter.kinds])).toEqual([
      [TEAM_A, [TEAM_A], [ItemKind.COMPLAINT]],
      [TEAM_C, [TEAM_C], [ItemKind.COMPLAINT]],
    ]);
  });

  it('draws channels and kinds in their order, narrowed to the chosen ones', () => {
    const filter = { ...EMPTY_FILTER, channels: [Channel.PHONE, Channel.EMAIL] };
    expect(splitLines(TrendSplit.CHANNEL, filter, names, 8).lines.map((l) => l.channel)).toEqual([
      Channel.EMAIL,
      Channel.PHONE,
    ]);
    expect(splitLines(TrendSplit.KIND, EMPTY_FILTER, names, 8).total).toBe(
      Object.values(ItemKind).length,
    );
  });

  it('names a chosen team that no longer exists "Unknown" rather than dropping it', () => {
    const gone = '00000000-0000-4000-8000-0000000000ff';
    const { lines } = splitLines(TrendSplit.TEAM, { ...EMPTY_FILTER, teamIds: [gone] }, names, 8);
    expect(lines[0].subject).toEqual({ id: gone, name: 'Unknown' });
  });
});

describe('actionsFilter', () => {
  it('lists every line in the split dimension, and leaves channel and kind splits alone', () => {
    const { lines } = splitLines(TrendSplit.TEAM, EMPTY_FILTER, names, 8);
    expect(actionsFilter(TrendSplit.TEAM, EMPTY_FILTER, lines).teamIds).toHaveLength(3);
    const kinds = splitLines(TrendSplit.KIND, EMPTY_FILTER, names, 8).lines;
    expect(actionsFilter(TrendSplit.KIND, EMPTY_FILTER, kinds)).toBe(EMPTY_FILTER);
  });
});

describe('composeSplitTrends', () => {
  const period = { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') };
  const split = (metric: TrendMetric, rows: MeasureRow[]) =>
    composeSplitTrends({
      period,
      comparison: null,
      interval: Interval.MONTH,
      split: TrendSplit.TEAM,
      metric,
      ...splitLines(TrendSplit.TEAM, EMPTY_FILTER, names, 8),
      rows,
      comparisonRows: [],
      actions: [],
    });

  it("gives each line only its own team's rows and a drill-down narrowed to that team", () => {
    const trends = split(TrendMetric.COMPLAINTS, [
      row('2025-05-01', { team_id: TEAM_A, kind: ItemKind.COMPLAINT, arrivals: 4 }),
      row('2025-05-01', { team_id: TEAM_B, kind: ItemKind.COMPLAINT, arrivals: 9 }),
      row('2025-05-01', { team_id: TEAM_B, kind: ItemKind.REQUEST, arrivals: 50 }),
    ]);
    expect(trends.lines.map((line) => [line.subject?.name, line.series.total.current])).toEqual([
      ['Accounts', 4],
      ['Billing', 9],
      ['Claims', 0],
    ]);
    expect(trends.lines[1].series.drilldown).toMatchObject({
      teamIds: [TEAM_B],
      kinds: [ItemKind.COMPLAINT],
    });
  });

  it('counts every kind together for volume, as one line per team', () => {
    const trends = split(TrendMetric.VOLUME, [
      row('2025-05-01', { team_id: TEAM_B, kind: ItemKind.COMPLAINT, arrivals: 9 }),
      row('2025-05-01', { team_id: TEAM_B, kind: ItemKind.REQUEST, arrivals: 50 }),
    ]);
    const billing = trends.lines[1].series;
    expect(billing).toMatchObject({ label: 'Items', kind: null, metric: TrendMetric.VOLUME });
    expect(billing.total.current).toBe(59);
    expect(billing.drilldown.kinds).toBeUndefined();
  });
});
