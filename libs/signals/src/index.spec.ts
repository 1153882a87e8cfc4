import * as signals from './index';

describe('public API (src/index.ts)', () => {
  it('exposes the statistics from the package entry point', () => {
    for (const name of [
      'detectSpike',
      'rankSpikes',
      'detectShift',
      'itemFlow',
      'evaluateSla',
      'scoreFriction',
      'evaluateIndicator',
      'protectAnonymity',
      'complaintFunnel',
      'countImpact',
      'meanImpact',
      'mulberry32',
    ]) {
      expect(typeof (signals as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('keeps input-checking helpers internal but exports their error type', () => {
    expect('requireCount' in signals).toBe(false);
    expect('requirePeriod' in signals).toBe(false);
    expect(
      new signals.SignalsInputError('counts[0]', 'must be a whole number ≥ 0', -1).message,
    ).toBe('counts[0] must be a whole number ≥ 0 (got -1)');
  });
});
