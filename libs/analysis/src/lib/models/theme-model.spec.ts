import { internalServiceExamples } from '../../../test/fixtures';
import { prepareText } from '../text/prepare';
import { ModelFormatError } from './model-json';
import { ThemeModel, trainThemeModel } from './theme-model';

const model = trainThemeModel(internalServiceExamples);
const topTheme = (text: string) => model.predict(prepareText(text).tokenized.tokens, 1).themes[0];

describe('theme model', () => {
  it('learns themes from labelled examples and tags a new text with the right one', () => {
    expect(topTheme('I am locked out, can you reset my password').theme).toBe('Password reset');
    expect(topTheme('my payslip is missing the overtime').theme).toBe('Payroll');
    expect(topTheme('need a visitor badge for the front door').theme).toBe('Building access');
  });

  it('knows the taxonomy themes but not the "no theme" class', () => {
    expect(model.themes.sort()).toEqual([
      'Building access',
      'Laptop request',
      'Password reset',
      'Payroll',
    ]);
  });

  it('explains a prediction with the words that pushed towards the theme', () => {
    const tokens = prepareText('please reset my password').tokenized.tokens;
    const words = model
      .predict(tokens, 1)
      .explain('Password reset', 3)
      .map((word) =>
        tokens
          .slice(word.startToken, word.endToken)
          .map((token) => token.norm)
          .join(' '),
      );
    expect(words.join(' ')).toContain('password');
  });

  it('round-trips through JSON and predicts the same afterwards', () => {
    const json = JSON.parse(JSON.stringify(model.toJson()));
    const restored = ThemeModel.fromJson(json);
    expect(restored.version).toBe(model.version);
    const tokens = prepareText('laptop for the new starter').tokenized.tokens;
    const before = model.predict(tokens, 2).themes;
    const after = restored.predict(tokens, 2).themes;
    expect(after.map((theme) => theme.theme)).toEqual(before.map((theme) => theme.theme));
    after.forEach((theme, index) =>
      expect(theme.probability).toBeCloseTo(before[index].probability, 3),
    );
  });

  it('records a version string: the given one, or a hash that changes with the training data', () => {
    expect(trainThemeModel(internalServiceExamples, { version: 'it-2024-06' }).version).toBe(
      'it-2024-06',
    );
    expect(model.version).toMatch(/^themes-5-[0-9a-f]{8}$/);
    expect(trainThemeModel(internalServiceExamples.slice(1)).version).not.toBe(model.version);
  });

  it('trains deterministically: the same examples give the same version', () => {
    expect(trainThemeModel(internalServiceExamples).version).toBe(model.version);
  });

  it('rejects JSON of another format, naming the field', () => {
    expect(() => ThemeModel.fromJson({ ...model.toJson(), format: 'something-else' })).toThrow(
      ModelFormatError,
    );
    expect(() => ThemeModel.fromJson({ ...model.toJson(), format: 'something-else' })).toThrow(
      'model.format',
    );
    expect(() => ThemeModel.fromJson('not json')).toThrow('model: expected a JSON object');
  });

  it('rejects JSON whose weights do not fit its vocabulary', () => {
    const json = model.toJson();
    const broken = {
      ...json,
      classifier: { ...json.classifier, weights: { ...json.classifier.weights, rowLengths: '' } },
    };
    expect(() => ThemeModel.fromJson(broken)).toThrow('model.classifier: weights.rowLengths');
  });

  it('refuses to train on fewer than two labels', () => {
    expect(() => trainThemeModel([{ text: 'a', themes: ['x'] }])).toThrow(
      'at least two different labels',
    );
  });
});

describe('ThemeModel.classify', () => {
  it('ranks every theme for a text, even an unlikely one, most likely first', () => {
    const ranked = model.classify('my badge will not open the door', 4);
    expect(ranked).toHaveLength(4);
    expect(ranked[0].theme).toBe('Building access');
    expect(ranked.map((theme) => theme.probability)).toEqual(
      [...ranked.map((theme) => theme.probability)].sort((a, b) => b - a),
    );
  });
});

describe('theme model out of domain', () => {
  it('says how much of a text it knows: in-domain wording high, another domain low', () => {
    const known = (text: string) => model.knownWordShare(prepareText(text).tokenized.tokens);
    expect(known('please reset my password')).toBeGreaterThanOrEqual(0.9);
    expect(known('flight delayed at the gate, luggage lost, pilot announced nothing')).toBeLessThan(
      0.5,
    );
  });
});

describe('the out-of-domain bar', () => {
  const withBar = (json: ReturnType<ThemeModel['toJson']>, bar: number | undefined) => ({
    ...json,
    classifier: { ...json.classifier, minKnownWordShare: bar },
  });

  // Enough examples to hold some out: each held-out text has two words no other text has.
  const themes = ['Password reset', 'Payroll', 'Building access'];
  const cues = ['password', 'payslip', 'badge'];
  const unique = (index: number) =>
    [...index.toString(26).padStart(3, '0')]
      .map((digit) => String.fromCharCode(107 + (parseInt(digit, 26) % 16)))
      .join('');
  const rare = trainThemeModel(
    Array.from({ length: 140 }, (_, index) => ({
      text: `${cues[index % 3]} ${unique(index)}x ${unique(index)}y`,
      themes: [themes[index % 3]],
    })),
  );

  it('is fitted on held-out examples: all words when texts repeat, lower when their words are new', () => {
    const repeated = trainThemeModel([
      ...internalServiceExamples,
      ...internalServiceExamples,
      ...internalServiceExamples,
    ]);
    expect(repeated.minKnownWordShare).toBe(1);
    expect(rare.minKnownWordShare).toBeGreaterThanOrEqual(0.5);
    expect(rare.minKnownWordShare).toBeLessThan(1);
  });

  it('is kept in the JSON', () => {
    const json = JSON.parse(JSON.stringify(rare.toJson()));
    expect(ThemeModel.fromJson(json).minKnownWordShare).toBe(rare.minKnownWordShare);
  });

  it('is the earlier fixed 0.9 for a model stored without one, and must be a share', () => {
    const json = JSON.parse(JSON.stringify(model.toJson()));
    expect(ThemeModel.fromJson(withBar(json, undefined)).minKnownWordShare).toBe(0.9);
    expect(() => ThemeModel.fromJson(withBar(json, 1.5))).toThrow(ModelFormatError);
  });

  it('is 0.9 when there are too few examples to hold some out', () => {
    const small = trainThemeModel(internalServiceExamples.slice(0, 40));
    expect(small.minKnownWordShare).toBe(0.9);
  });
});
