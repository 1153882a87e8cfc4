import { aMarker, aTrendPoint } from '../../test/insight-fixtures';
import { bucketTick, chartMarkers, comparisonRows, partialNote, seriesRows } from './trend-rows';

describe('trend rows', () => {
  const points = [
    aTrendPoint('2026-09-28', 'week of 28 Sep 2026', 29, 53, { days: 4, bucketDays: 7 }),
    aTrendPoint('2026-10-05', 'week of 5 Oct 2026', null, 56),
  ];

  it('gives each bucket its value and the comparison’s, a gap where nothing was measured', () => {
    const { rows, drills } = comparisonRows(points as never, 'WEEK');
    expect(rows).toEqual([
      {
        bucket: '2026-09-28',
        tick: '28 Sept',
        label: 'week of 28 Sep 2026 (partial week: 4 of 7 days)',
        partialNote: 'partial week: 4 of 7 days',
        current: 29,
        comparison: 53,
      },
      {
        bucket: '2026-10-05',
        tick: '5 Oct',
        label: 'week of 5 Oct 2026',
        partialNote: null,
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

  it('says how many days a partial week or month holds, and nothing for a whole one', () => {
    expect(partialNote({ days: 4, bucketDays: 7, partial: true })).toBe(
      'partial week: 4 of 7 days',
    );
    expect(partialNote({ days: 14, bucketDays: 29, partial: true })).toBe(
      'partial month: 14 of 29 days',
    );
    expect(partialNote({ days: 7, bucketDays: 7, partial: false })).toBeNull();
  });

  it('takes the partial note of a bucket from whichever series has it', () => {
    const { rows } = seriesRows([{ key: 'b', points }] as never, 'WEEK');
    expect(rows.map((row) => row.partialNote)).toEqual(['partial week: 4 of 7 days', null]);
  });
});
