import {
  DAY_MS,
  addBuckets,
  bucketIndex,
  bucketStart,
  bucketStarts,
  comparisonPeriod,
  formatBucket,
} from './time';

const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('buckets', () => {
  it('starts days at UTC midnight, weeks on Monday (ISO) and months on the 1st', () => {
    const at = utc('2024-03-07T15:30:00'); // a Thursday
    expect(bucketStart(at, 'day')).toBe(utc('2024-03-07T00:00:00'));
    expect(bucketStart(at, 'week')).toBe(utc('2024-03-04T00:00:00'));
    expect(bucketStart(at, 'month')).toBe(utc('2024-03-01T00:00:00'));
    expect(bucketStart(utc('2024-03-10T23:59:59'), 'week')).toBe(utc('2024-03-04T00:00:00')); // Sunday
  });

  it('adds and counts calendar months across year ends and leap days', () => {
    expect(addBuckets(utc('2023-11-01T00:00:00'), 'month', 3)).toBe(utc('2024-02-01T00:00:00'));
    expect(bucketIndex(utc('2023-11-15T00:00:00'), utc('2024-02-29T12:00:00'), 'month')).toBe(3);
    expect(bucketIndex(utc('2024-03-04T00:00:00'), utc('2024-02-26T00:00:00'), 'week')).toBe(-1);
  });

  it('lists every bucket overlapping a half-open period', () => {
    const starts = bucketStarts(
      { from: utc('2024-03-06T00:00:00'), to: utc('2024-03-18T00:00:00') },
      'week',
    );
    expect(starts).toEqual([utc('2024-03-04T00:00:00'), utc('2024-03-11T00:00:00')]);
  });

  it('rejects a period that ends before it starts, naming period.to', () => {
    expect(() => bucketStarts({ from: 10, to: 5 }, 'day')).toThrow('period.to must be after from');
  });
});

describe('comparisonPeriod', () => {
  const march = { from: utc('2024-03-01T00:00:00'), to: utc('2024-04-01T00:00:00') };

  it('takes the same length immediately before for "previous"', () => {
    expect(comparisonPeriod(march, 'previous', 'month')).toEqual({
      from: march.from - 31 * DAY_MS,
      to: march.from,
    });
  });

  it('takes the same calendar months a year earlier for monthly buckets', () => {
    expect(comparisonPeriod(march, 'year-ago', 'month')).toEqual({
      from: utc('2023-03-01T00:00:00'),
      to: utc('2023-04-01T00:00:00'),
    });
    const leap = { from: utc('2024-02-29T00:00:00'), to: utc('2024-03-01T00:00:00') };
    expect(comparisonPeriod(leap, 'year-ago', 'month').from).toBe(utc('2023-02-28T00:00:00'));
  });

  it('takes 52 weeks earlier for weekly buckets so weekdays line up', () => {
    const week = { from: utc('2024-03-04T00:00:00'), to: utc('2024-03-11T00:00:00') };
    const ago = comparisonPeriod(week, 'year-ago', 'week');
    expect(ago.from).toBe(utc('2023-03-06T00:00:00'));
    expect(new Date(ago.from).getUTCDay()).toBe(1);
  });
});

describe('formatBucket', () => {
  it('names buckets the way a review reads them', () => {
    const at = utc('2024-03-04T00:00:00');
    expect(formatBucket(at, 'day')).toBe('4 Mar 2024');
    expect(formatBucket(at, 'week')).toBe('week of 4 Mar 2024');
    expect(formatBucket(at, 'month')).toBe('Mar 2024');
  });
});
