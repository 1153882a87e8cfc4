import { evaluateIndicator, formatIndicatorValue } from './indicators';

const turnover = {
  id: 'staff-turnover',
  label: 'Staff turnover',
  watchAt: 0.15,
  alertAt: 0.25,
  direction: 'higher-is-worse',
  format: 'percent',
  unit: ' a year',
} as const;

describe('evaluateIndicator', () => {
  it('is in alert at or above the alert level when higher is worse', () => {
    const indicator = evaluateIndicator({ ...turnover, value: 0.25 });
    expect(indicator.state).toBe('alert');
    expect(indicator.explanation).toBe(
      'Staff turnover: 25% a year, at or above the alert level of 25%.',
    );
  });

  it('watches between the two levels and says where the alert level is', () => {
    const indicator = evaluateIndicator({
      ...turnover,
      value: 0.17,
      detail: '7 departures against an average headcount of 40.',
    });
    expect(indicator.state).toBe('watch');
    expect(indicator.explanation).toBe(
      'Staff turnover: 17% a year, at or above the watch level of 15% (alert at 25%). 7 departures against an average headcount of 40.',
    );
  });

  it('is ok below the watch level', () => {
    expect(evaluateIndicator({ ...turnover, value: 0.09 }).explanation).toBe(
      'Staff turnover: 9% a year, below the watch level of 15%.',
    );
  });

  it('turns the comparisons round when lower is worse', () => {
    const spec = {
      id: 'sat',
      label: 'Satisfaction',
      watchAt: 4,
      alertAt: 3.5,
      direction: 'lower-is-worse',
    } as const;
    expect(evaluateIndicator({ ...spec, value: 3.2 }).state).toBe('alert');
    expect(evaluateIndicator({ ...spec, value: 3.8 }).state).toBe('watch');
    expect(evaluateIndicator({ ...spec, value: 4.4 })).toMatchObject({
      state: 'ok',
      explanation: 'Satisfaction: 4.4, above the watch level of 4.',
    });
  });

  it('reports no data rather than ok when there is no value', () => {
    expect(evaluateIndicator({ ...turnover, value: null })).toMatchObject({
      state: 'no-data',
      explanation: 'Staff turnover: no data for this period.',
    });
  });

  it('rejects an alert level on the safe side of the watch level', () => {
    expect(() => evaluateIndicator({ ...turnover, alertAt: 0.1, value: 0.2 })).toThrow(
      'alertAt must be at or beyond watchAt for a higher-is-worse indicator (got 0.1)',
    );
  });

  it('formats values as percent, ratio or number', () => {
    expect(formatIndicatorValue(0.238, 'percent')).toBe('24%');
    expect(formatIndicatorValue(2.58, 'ratio')).toBe('2.6×');
    expect(formatIndicatorValue(3.456)).toBe('3.5');
  });
});
