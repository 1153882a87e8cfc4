import { alignComparison, changeMarkers, fillSeries, percentChange, pointChange } from './trends';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('fillSeries', () => {
  it('fills missing weeks with zeros and adds points into their week', () => {
    const series = fillSeries(
      [
        { at: utc('2024-03-05'), value: 3 },
        { at: utc('2024-03-07'), value: 2 },
        { at: utc('2024-03-19'), value: 4 },
        { at: utc('2024-04-30'), value: 99 }, // outside the period
      ],
      { from: utc('2024-03-04'), to: utc('2024-03-25') },
      'week',
    );
    expect(series).toEqual([
      { at: utc('2024-03-04'), value: 5 },
      { at: utc('2024-03-11'), value: 0 },
      { at: utc('2024-03-18'), value: 4 },
    ]);
  });

  it('fills empty buckets with the given value when zero is not the right default', () => {
    const series = fillSeries([], { from: utc('2024-03-01'), to: utc('2024-03-03') }, 'day', -1);
    expect(series.map((p) => p.value)).toEqual([-1, -1]);
  });
});

describe('percentChange', () => {
  it('reports +25% for 100 → 125 and −40% for 50 → 30', () => {
    expect(percentChange(125, 100)).toMatchObject({
      relative: 0.25,
      direction: 'up',
      label: '+25%',
    });
    expect(percentChange(30, 50)).toMatchObject({
      relative: -0.4,
      direction: 'down',
      label: '−40%',
    });
  });

  it('never divides by zero: 0 → 7 is "new", 0 → 0 is "no change"', () => {
    expect(percentChange(7, 0)).toMatchObject({
      relative: null,
      direction: 'up',
      label: 'new (from 0 to 7)',
    });
    expect(percentChange(0, 0)).toMatchObject({
      relative: 0,
      direction: 'flat',
      label: 'no change',
    });
  });

  it('compares shares in percentage points', () => {
    expect(pointChange(0.182, 0.15)).toMatchObject({ direction: 'up', label: '+3.2 pts' });
    expect(pointChange(0.1, 0.1).label).toBe('no change');
  });
});

describe('alignComparison and changeMarkers', () => {
  it('pairs buckets by position and leaves missing comparison buckets empty', () => {
    const aligned = alignComparison(
      [
        { at: 10, value: 1 },
        { at: 20, value: 2 },
      ],
      [{ at: 1, value: 5 }],
    );
    expect(aligned).toEqual([
      { at: 10, value: 1, comparisonAt: 1, comparisonValue: 5 },
      { at: 20, value: 2, comparisonAt: null, comparisonValue: null },
    ]);
  });

  it('groups improvement actions into the weeks they went live, ignoring those outside the period', () => {
    const markers = changeMarkers(
      [
        { id: 'b', at: utc('2024-03-14'), label: 'Receipt rule relaxed' },
        { id: 'a', at: utc('2024-03-12'), label: 'New triage' },
        { id: 'c', at: utc('2024-05-01'), label: 'Later' },
      ],
      { from: utc('2024-03-04'), to: utc('2024-04-01') },
      'week',
    );
    expect(markers).toHaveLength(1);
    expect(markers[0].at).toBe(utc('2024-03-11'));
    expect(markers[0].events.map((e) => e.id)).toEqual(['a', 'b']);
  });
});
