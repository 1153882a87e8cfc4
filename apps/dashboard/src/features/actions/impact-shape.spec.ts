import { anImpactMeasure } from '../../test/insight-fixtures';
import { formatMeasure, impactBars, measureEffect, signedPercent } from './impact-shape';

describe('measureEffect', () => {
  it('calls a significant fall better, a significant rise worse, and anything else not clear', () => {
    expect(measureEffect(anImpactMeasure())).toEqual({
      tone: 'success',
      icon: '✓',
      headline: 'Internal waiting per item −84% against the expected level (better)',
      interval: '95% interval: −96% to −55%',
    });
    expect(
      measureEffect(anImpactMeasure({ relativeChange: 1.05, ratio: 2.05, significant: true })).tone,
    ).toBe('danger');
    expect(
      measureEffect(anImpactMeasure({ relativeChange: 0.14, significant: false })).headline,
    ).toBe('Internal waiting per item +14% against the expected level (not clear)');
  });

  it('says so when the interval has no upper bound', () => {
    expect(
      measureEffect(anImpactMeasure({ interval: { lower: 0.5, upper: null, level: 0.95 } }))
        .interval,
    ).toBe('95% interval: −50% to no upper bound');
  });
});

describe('impactBars', () => {
  it('draws before, the level the control predicts, and the measured level with its interval', () => {
    const bars = impactBars(anImpactMeasure());
    expect(bars.map((bar) => [bar.key, Math.round(bar.value)])).toEqual([
      ['before', 218],
      ['expected', 96],
      ['after', 16],
    ]);
    // 95.56 × 0.0402 = 3.84 below, 95.56 × 0.4527 = 43.26 above.
    expect(bars[2].error?.map((value) => Math.round(value * 10) / 10)).toEqual([11.7, 27.8]);
  });

  it('draws nothing for a measure that could not be estimated', () => {
    expect(impactBars(anImpactMeasure({ estimable: false }))).toEqual([]);
  });
});

describe('formats', () => {
  it('writes hours per item and counts a week', () => {
    expect(formatMeasure('WAITING_HOURS', 218.08)).toBe('9.1 days');
    expect(formatMeasure('COMPLAINTS_PER_WEEK', 0.4167)).toBe('0.4 a week');
    expect(formatMeasure('FRICTION_PER_WEEK', 42.25)).toBe('42 a week');
    expect(signedPercent(-0.8377)).toBe('−84%');
    expect(signedPercent(0.001)).toBe('±0%');
    expect(signedPercent(1.8e30)).toBe('over +999%');
  });
});
