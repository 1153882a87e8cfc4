import { ItemKind, SentimentLabel } from '../../items/item.enums';
import { Interval } from '../item-volume/item-volume.types';
import { ActionMilestone, TrendMetric } from './trends.types';
import { dayMs, EMPTY_FILTER } from '../read-model/scope';
import { bucketCoverage, composeTrends, type TrendRow } from './trends.compose';

const row = (
  bucket: string,
  kind: ItemKind,
  arrivals: number,
  extra: Partial<TrendRow> = {},
): TrendRow => ({
  bucket,
  kind,
  arrivals,
  analysed: 0,
  negative: 0,
  sentiment_sum: 0,
  rated: 0,
  satisfaction_sum: 0,
  ...extra,
});

// May 2025 by week: buckets start Mon 28 Apr, 5, 12, 19 and 26 May.
const data = (rows: TrendRow[], comparisonRows: TrendRow[] = []) =>
  composeTrends({
    period: { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') },
    comparison: { from: dayMs('2025-04-01'), to: dayMs('2025-05-01') },
    interval: Interval.WEEK,
    filter: EMPTY_FILTER,
    rows,
    comparisonRows,
    actions: [
      { id: 'a1', title: 'Callback tracker', startedOn: '2025-04-20', doneOn: '2025-05-14' },
      { id: 'a2', title: 'Receipt rule review', startedOn: '2025-05-13', doneOn: null },
    ],
  });

describe('composeTrends', () => {
  it('gives every bucket of the period, empty ones as zero counts and no mean', () => {
    const trends = data([
      row('2025-05-12', ItemKind.COMPLAINT, 4, {
        analysed: 4,
        negative: 3,
        rated: 2,
        satisfaction_sum: 5,
      }),
    ]);
    expect(trends.complaints.points.map((p) => [p.periodStart, p.value])).toEqual([
      ['2025-04-28', 0],
      ['2025-05-05', 0],
      ['2025-05-12', 4],
      ['2025-05-19', 0],
      ['2025-05-26', 0],
    ]);
    expect(trends.negativeShare.points[2]).toMatchObject({ value: 0.75, basis: 4 });
    expect(trends.negativeShare.points[0].value).toBeNull();
    expect(trends.satisfaction.points[2].value).toBe(2.5);
  });

  it('keeps one volume series per kind and compares whole-period totals', () => {
    const trends = data(
      [row('2025-05-05', ItemKind.REQUEST, 10), row('2025-05-12', ItemKind.COMPLAINT, 6)],
      [row('2025-04-07', ItemKind.REQUEST, 5), row('2025-04-14', ItemKind.COMPLAINT, 6)],
    );
    expect(trends.volumeByKind.map((s) => s.kind)).toEqual(Object.values(ItemKind));
    const requests = trends.volumeByKind.find((s) => s.kind === ItemKind.REQUEST)!;
    expect(requests.total).toMatchObject({ current: 10, previous: 5, label: '+100%' });
    expect(trends.complaints.total).toMatchObject({ current: 6, previous: 6, label: 'no change' });
    expect(trends.complaints.metric).toBe(TrendMetric.COMPLAINTS);
  });

  it('pairs comparison buckets by position', () => {
    const trends = data(
      [],
      [row('2025-03-31', ItemKind.COMPLAINT, 2), row('2025-04-07', ItemKind.COMPLAINT, 3)],
    );
    expect(
      trends.complaints.points.slice(0, 2).map((p) => [p.comparisonStart, p.comparisonValue]),
    ).toEqual([
      ['2025-03-31', 2],
      ['2025-04-07', 3],
    ]);
  });

  it('drills into the bucket, clipped to the period, with what the metric counts', () => {
    const trends = data([]);
    expect(trends.complaints.points[0].drilldown).toMatchObject({
      receivedFrom: new Date('2025-05-01T00:00:00Z'),
      receivedTo: new Date('2025-05-05T00:00:00Z'),
      kinds: [ItemKind.COMPLAINT],
    });
    expect(trends.negativeShare.drilldown.sentiments).toEqual([SentimentLabel.NEGATIVE]);
    // A mean opens the items it is over: the rated ones, the analysed ones.
    expect(trends.satisfaction.drilldown.rated).toBe(true);
    expect(trends.satisfaction.points[1].drilldown.rated).toBe(true);
    expect(trends.sentiment.drilldown.sentiments).toEqual(Object.values(SentimentLabel));
  });

  it('marks improvement actions that started or were done inside the period', () => {
    expect(data([]).markers).toEqual([
      {
        periodStart: '2025-05-12',
        actions: [
          {
            actionId: 'a2',
            title: 'Receipt rule review',
            milestone: ActionMilestone.STARTED,
            on: '2025-05-13',
          },
          {
            actionId: 'a1',
            title: 'Callback tracker',
            milestone: ActionMilestone.DONE,
            on: '2025-05-14',
          },
        ],
      },
    ]);
  });

  it('says how many days of the first and last weeks lie in the month', () => {
    // May 2025: Thu 1–Sun 4 May (4 of 7 days), three whole weeks, Mon 26–Sat 31 May (6 of 7).
    const points = data([]).complaints.points;
    expect(points.map((p) => [p.periodStart, p.days, p.bucketDays, p.partial])).toEqual([
      ['2025-04-28', 4, 7, true],
      ['2025-05-05', 7, 7, false],
      ['2025-05-12', 7, 7, false],
      ['2025-05-19', 7, 7, false],
      ['2025-05-26', 6, 7, true],
    ]);
  });
});

describe('bucketCoverage', () => {
  const may = { from: dayMs('2025-05-01'), to: dayMs('2025-06-01') };

  it('counts a month bucket in its own days (28 to 31)', () => {
    expect(bucketCoverage(dayMs('2025-05-01'), 'month', may)).toEqual({
      days: 31,
      bucketDays: 31,
      partial: false,
    });
    const febToMid = { from: dayMs('2024-02-01'), to: dayMs('2024-02-15') };
    expect(bucketCoverage(dayMs('2024-02-01'), 'month', febToMid)).toEqual({
      days: 14,
      bucketDays: 29,
      partial: true,
    });
  });

  it('never calls a day partial, and a week inside the period whole', () => {
    expect(bucketCoverage(dayMs('2025-05-31'), 'day', may).partial).toBe(false);
    expect(bucketCoverage(dayMs('2025-05-12'), 'week', may)).toMatchObject({ days: 7 });
  });

  it('counts a week that straddles both ends of a short period by the days inside it', () => {
    const midweek = { from: dayMs('2025-05-13'), to: dayMs('2025-05-16') };
    expect(bucketCoverage(dayMs('2025-05-12'), 'week', midweek)).toEqual({
      days: 3,
      bucketDays: 7,
      partial: true,
    });
  });
});
