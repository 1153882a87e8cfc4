import { compareQuality, describeQuality, themeModels } from './model-quality';

const quality = (macroF1: number) => ({
  __typename: 'ModelQuality' as const,
  heldOut: 48,
  accuracy: 0.8125,
  macroF1,
});

describe('theme model quality, in words', () => {
  it('states what was measured on held-out examples', () => {
    expect(describeQuality(quality(0.74))).toBe(
      'Tested on 48 labelled examples it had not seen: 81% got the right theme. Macro-F1 0.74 (0 to 1, averaged over themes, so rare themes count as much as common ones).',
    );
  });

  it('says the figures are rough when they rest on few held-out examples', () => {
    expect(describeQuality({ ...quality(0.11), heldOut: 15, accuracy: 0.13 })).toBe(
      'Tested on 15 labelled examples it had not seen: 13% got the right theme. Macro-F1 0.11 (0 to 1, averaged over themes, so rare themes count as much as common ones). So few test examples make these figures rough; more labelled examples and corrections make them firmer.',
    );
  });

  it('says plainly when there were too few examples to measure', () => {
    expect(describeQuality(null)).toMatch(/^Not measured: there were too few labelled examples/);
  });

  it('compares the newest model with the one before it', () => {
    expect(compareQuality(quality(0.74), quality(0.7))).toBe(
      'Up from 0.70 for the previous model.',
    );
    expect(compareQuality(quality(0.6), quality(0.7))).toBe(
      'Down from 0.70 for the previous model.',
    );
    expect(compareQuality(quality(0.701), quality(0.7))).toBe(
      'About the same as the previous model (0.70).',
    );
    expect(compareQuality(quality(0.7), null)).toBeNull();
  });

  it('lists theme models only', () => {
    expect(themeModels([{ kind: 'SENTIMENT' }, { kind: 'THEME' }])).toEqual([{ kind: 'THEME' }]);
  });
});
