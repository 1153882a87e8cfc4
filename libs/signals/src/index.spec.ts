// The package as its consumers see it: every call goes through the entry point, across modules,
// the way the API chains them (the per-module specs cover each module's rules on its own).
import * as signals from './index';

const weekly = [12, 10, 13, 11, 14, 12, 11, 13, 12, 10, 14, 12, 13, 11, 12, 12, 10, 13, 14, 11];

describe('@fulcrum/signals entry point', () => {
  it('turns a tripled week of complaints into an alerting rising-complaints sign', () => {
    const spike = signals.detectSpike([...weekly, 36], {
      label: 'Complaints',
      unit: 'week',
      alternative: 'greater',
    });
    const sign = signals.risingComplaintsIndicator(spike);
    expect(sign.state).toBe('alert');
    expect(sign.value).toBeCloseTo(3, 0);
  });

  it('gives shares with Wilson intervals to the funnel and writes them for prose', () => {
    const [first, second] = signals.funnel(signals.COMPLAINT_STEPS, {
      total: 8,
      reached: [4, 3, 3, 2, 1],
      done: [4, 3, 3, 2, 2],
    });
    expect(signals.formatPercent(first.conversion.share ?? 0)).toBe('50%');
    expect(second.conversion).toEqual(signals.proportion(3, 4));
    expect(
      signals.customerLapse({ complainants: 4, lapsedComplainants: 2, others: 4, lapsedOthers: 1 })
        .value,
    ).toBe(0.25);
  });

  it('buckets time the way PostgreSQL does and compares periods without dividing by zero', () => {
    const monday = Date.parse('2024-03-11T00:00:00Z');
    expect(signals.bucketStart(monday + 3 * signals.DAY_MS + signals.HOUR_MS, 'week')).toBe(monday);
    expect(signals.addBuckets(monday, 'week', 2)).toBe(monday + 2 * signals.WEEK_MS);
    expect(signals.percentChange(4, 0).label).toBe('new (from 0 to 4)');
  });

  it('reports bad input from any module as its one exported error, naming the field', () => {
    const failures = [
      () => signals.proportion(3, 2),
      () => signals.funnel(signals.COMPLAINT_STEPS, { total: -1, reached: [], done: [] }),
      () =>
        signals.customerLapse({
          complainants: 1,
          lapsedComplainants: 2,
          others: 0,
          lapsedOthers: 0,
        }),
      () => signals.quantileSorted([1], 2),
    ];
    for (const fail of failures) {
      expect(fail).toThrow(signals.SignalsInputError);
    }
    expect(() => signals.proportion(3, 2)).toThrow('successes must not exceed trials (got 3)');
  });

  it('keeps its input-checking helpers internal', () => {
    expect('requireCount' in signals).toBe(false);
    expect('requirePeriod' in signals).toBe(false);
  });
});
