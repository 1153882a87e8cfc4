import { aMarker, aTrendPoint } from '../../test/insight-fixtures';
import { bucketTick, chartMarkers, comparisonRows, partialBuckets, seriesRows } from './trend-rows';

describe('trend rows', () => {
  const points = [
    aTrendPoint('2026-09-28', 'week of 28 Sep 2026', 29, 53),
    aTrendPoint('2026-10-05', 'week of 5 Oct 2026', null, 56),
  ];

  it('gives each bucket its value and the comparison’s, a gap where nothing was measured', () => {
    const { rows, drills } = comparisonRows(points as never, 'WEEK');
    expect(rows).toEqual([
      {
        bucket: '2026-09-28',
        tick: '28 Sept',
        label: 'week of 28 Sep 2026',
        current: 29,
        comparison: 53,
      },
      {
        bucket: '2026-10-05',
        tick: '5 Oct',
        label: 'week of 5 Oct 2026',
        current: null,
        comparison: 56,
      },
    ]);
    expect(drills.current).toHaveLength(2);
  });

  it('lines several series up by bucket, null where a series has none', () => {
    const { rows, drills } = seriesRows(
      [
        { key: 'a', points: [points[1]] },
        { key: 'b', points },
      ] as never,
      'WEEK',
    );
    expect(rows.map((row) => [row.bucket, row.a, row.b])).toEqual([
      ['2026-09-28', null, 29],
      ['2026-10-05', null, null],
    ]);
    expect(drills.a[0]).toBeNull();
    expect(drills.b[0]).toEqual(points[0].drilldown);
  });

  it('writes months as "Oct 2026" and days without the year', () => {
    expect(bucketTick('2026-10-01', 'MONTH')).toBe('Oct 2026');
    expect(bucketTick('2026-10-07', 'DAY')).toBe('7 Oct');
  });

  it('numbers the actions marked in date order, only in buckets shown', () => {
    const { rows } = comparisonRows(points as never, 'WEEK');
    const marks = chartMarkers(
      [
        aMarker('2026-10-05', 'Second', '2026-10-08'),
        aMarker('2026-09-28', 'First', '2026-09-30', 'STARTED'),
        aMarker('2025-01-06', 'Outside', '2025-01-07'),
      ] as never,
      rows,
    );
    expect(marks.map((mark) => [mark.number, mark.title, mark.milestone])).toEqual([
      [1, 'First', 'STARTED'],
      [2, 'Second', 'DONE'],
    ]);
  });

  it('finds the buckets only partly inside the period', () => {
    const { rows } = comparisonRows(points as never, 'WEEK');
    expect([...partialBuckets(rows, { from: '2026-10-01', to: '2026-11-01' }, 'WEEK')]).toEqual([
      '2026-09-28',
    ]);
    expect([...partialBuckets(rows, { from: '2026-09-28', to: '2026-10-12' }, 'WEEK')]).toEqual([]);
  });
});
