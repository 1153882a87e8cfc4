import { createAnalyzer } from '../analyzer';
import { OutdatedModelError } from '../models/model-json';
import { SIGN_EXAMPLES } from './labelled';
import { calibrateSignThresholds } from './sign-calibration';
import {
  defaultSignModel,
  SignModel,
  trainSignModel,
  type SignTrainingExample,
} from './sign-model';
import { SIGN_FEATURE_VERSION } from './sign-features';
import { DEFAULT_MODEL_ONLY_THRESHOLDS, DEFAULT_SIGN_THRESHOLDS } from './sign-thresholds';
import { WARNING_SIGNS, type Writer } from './sign-types';

const analyzer = createAnalyzer();
const typesOf = (text: string, source: Writer = 'customer') =>
  analyzer.flags(text, { source }).map((flag) => flag.type);

// Floors a little under today's held-out figures (docs/evaluation.md): a change that makes the
// flags worse fails here; raise them as the labelled set and model improve.
const MEAN_PRECISION_FLOOR = 0.88;
const MEAN_RECALL_FLOOR = 0.7;
const SIGN_PRECISION_FLOOR = 0.8;

describe('warning signs on the held-out labelled sentences', () => {
  const heldOut = SIGN_EXAMPLES.filter((example) => example.heldOut);
  const flagged = heldOut.map((example) => new Set(typesOf(example.text, example.writer)));
  const scores = WARNING_SIGNS.map((sign) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    heldOut.forEach((example, index) => {
      const gold = example.signs.includes(sign);
      const hit = flagged[index].has(sign);
      if (hit && gold) tp++;
      else if (gold) fn++;
      else if (hit) fp++;
    });
    return { sign, precision: tp / Math.max(tp + fp, 1), recall: tp / Math.max(tp + fn, 1) };
  });
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

  it(`keeps mean precision ≥ ${MEAN_PRECISION_FLOOR} and mean recall ≥ ${MEAN_RECALL_FLOOR}`, () => {
    expect(mean(scores.map((score) => score.precision))).toBeGreaterThanOrEqual(
      MEAN_PRECISION_FLOOR,
    );
    expect(mean(scores.map((score) => score.recall))).toBeGreaterThanOrEqual(MEAN_RECALL_FLOOR);
  });

  it(`keeps every sign's precision ≥ ${SIGN_PRECISION_FLOOR}`, () => {
    for (const score of scores)
      expect({ sign: score.sign, ok: score.precision >= SIGN_PRECISION_FLOOR }).toEqual({
        sign: score.sign,
        ok: true,
      });
  });

  it('holds out about a quarter of the examples, and every sign has held-out positives', () => {
    expect(heldOut.length / SIGN_EXAMPLES.length).toBeGreaterThan(0.15);
    expect(heldOut.length / SIGN_EXAMPLES.length).toBeLessThan(0.35);
    for (const sign of WARNING_SIGNS)
      expect(heldOut.filter((example) => example.signs.includes(sign)).length).toBeGreaterThan(5);
  });

  // The gate reads single words; many weak words can add up past the model-only bar without one of
  // them ("any chance of a student discount" at 0.40), so it may change a rare sentence.
  it('skips sentences whose flags would not change, but for at most 1 in 1,000 (the gate before the model)', () => {
    const train = SIGN_EXAMPLES.filter((example) => !example.heldOut);
    const gated = createAnalyzer({ signModel: SignModel.train(train, { gated: true }) });
    const open = createAnalyzer({ signModel: SignModel.train(train, { gated: false }) });
    const changed = SIGN_EXAMPLES.filter((example) => {
      const context = { source: example.writer };
      return (
        JSON.stringify(gated.flags(example.text, context)) !==
        JSON.stringify(open.flags(example.text, context))
      );
    });
    expect(changed.length).toBeLessThanOrEqual(SIGN_EXAMPLES.length / 1000);
  }, 120_000);

  it('ships the thresholds that calibration on the training split gives', () => {
    expect(calibrateSignThresholds(SIGN_EXAMPLES, createAnalyzer)).toEqual({
      thresholds: DEFAULT_SIGN_THRESHOLDS,
      modelOnly: DEFAULT_MODEL_ONLY_THRESHOLDS,
    });
  }, 300_000);
});

describe('a sign model learns from corrections', () => {
  const confidenceOf = (model: SignModel, text: string, sign: string) =>
    createAnalyzer({ signModel: model, signThresholds: { [sign]: 0 } })
      .flags(text, { source: 'customer' })
      .find((flag) => flag.type === sign)?.confidence ?? 0;
  const rejected = (text: string): SignTrainingExample => ({ text, writer: 'customer', signs: [] });
  const confirmed = (text: string): SignTrainingExample => ({
    text,
    writer: 'customer',
    signs: ['delay'],
  });

  it('reads a flag people rejected as no sign, and wording they confirmed as the sign', () => {
    const shipped = defaultSignModel();
    const corrected = trainSignModel([
      rejected('The staff laughed at my joke about the weather.'),
      rejected('Staff laughed along at the joke, a lovely evening.'),
      rejected('We all laughed at the staff joke at the party.'),
      confirmed('The plumber still has not shown up since Monday.'),
      confirmed('Still no sign of the plumber since Monday.'),
      confirmed('Since Monday the plumber has still not shown up.'),
    ]);
    const joke = 'The staff laughed at my joke at the party.';
    const plumber = 'The plumber has still not shown up, since Monday.';
    expect(confidenceOf(corrected, joke, 'staff-conduct')).toBeLessThan(
      confidenceOf(shipped, joke, 'staff-conduct'),
    );
    expect(confidenceOf(corrected, plumber, 'delay')).toBeGreaterThan(
      confidenceOf(shipped, plumber, 'delay'),
    );
    expect(corrected.version).not.toBe(shipped.version);
  }, 60_000);

  it('rejects a correction that names no warning sign, naming the field', () => {
    expect(() =>
      trainSignModel([{ text: 'x', writer: 'customer', signs: ['protocol-apology' as never] }]),
    ).toThrow('examples[0].signs: "protocol-apology" is not a warning sign');
  });

  it('stores as JSON and reads back to the same flags (weights are stored rounded)', () => {
    const model = defaultSignModel();
    const copy = SignModel.fromJson(JSON.parse(JSON.stringify(model.toJson())));
    expect(copy.version).toBe(model.version);
    const original = createAnalyzer({ signModel: model, signThresholds: {} });
    const restored = createAnalyzer({ signModel: copy });
    let differentTypes = 0;
    for (const example of SIGN_EXAMPLES.slice(0, 300)) {
      const before = original.flags(example.text, { source: example.writer });
      const after = restored.flags(example.text, { source: example.writer });
      if (before.map((flag) => flag.type).join() !== after.map((flag) => flag.type).join())
        differentTypes++;
      for (const flag of after) {
        const same = before.find((candidate) => candidate.type === flag.type);
        if (same) expect(Math.abs(same.confidence - flag.confidence)).toBeLessThan(0.01);
      }
    }
    // A confidence a hair from its threshold may cross it; no more than that.
    expect(differentTypes).toBeLessThanOrEqual(2);
  });

  it('refuses model JSON of another kind, naming the field', () => {
    const json = { ...defaultSignModel().toJson(), format: 'fulcrum.theme-model' };
    expect(() => SignModel.fromJson(json)).toThrow('model.format');
  });

  it('refuses a model trained on another feature set, or stored before the stamp', () => {
    const stored = defaultSignModel().toJson();
    expect(stored.featureVersion).toBe(SIGN_FEATURE_VERSION);
    const older = { ...stored, featureVersion: SIGN_FEATURE_VERSION - 1 };
    expect(() => SignModel.fromJson(older)).toThrow(OutdatedModelError);
    expect(() => SignModel.fromJson(older)).toThrow(
      `model.featureVersion: trained with feature set ${SIGN_FEATURE_VERSION - 1}, this version reads words with ${SIGN_FEATURE_VERSION}; retrain the model`,
    );
    const { featureVersion: _dropped, ...unstamped } = stored;
    expect(() => SignModel.fromJson(unstamped)).toThrow(
      expect.objectContaining({ found: 1, expected: SIGN_FEATURE_VERSION }),
    );
    expect(() => SignModel.fromJson({ ...stored, featureVersion: '2' })).toThrow(
      'model.featureVersion: expected a positive integer but found "2"',
    );
  });
});

describe('warning signs read the clause they are in', () => {
  it('does not read the organisation closing an account as the customer leaving', () => {
    expect(typesOf('They closed my account without telling me.')).not.toContain('churn-risk');
    expect(typesOf("I'm switching to another bank.")).toContain('churn-risk');
  });

  it("does not read a collector's lawsuit as the customer escalating", () => {
    expect(typesOf('The collector filed a lawsuit against me.')).not.toContain('escalation');
    expect(typesOf('Put me through to someone senior.')).toContain('escalation');
  });

  it("does not read the customer's own 'out of my control' as a staff excuse", () => {
    expect(typesOf('It was out of my control, I was in hospital.')).not.toContain('excuse');
    expect(typesOf('The agent said her hands were tied.')).toContain('excuse');
  });

  it('does not read a narrative "2 days later I called" as delay, but flags non-response', () => {
    expect(typesOf('2 days later I called to confirm the booking.')).not.toContain('delay');
    expect(typesOf('They did not respond to any of my emails.')).toContain('delay');
  });

  it('does not read an apology as blaming the customer', () => {
    expect(typesOf("I'm sorry, you shouldn't have had to chase us.", 'staff')).not.toContain(
      'blame',
    );
    expect(typesOf('You should have read the terms before booking.', 'staff')).toContain('blame');
  });

  it('does not fire on negated or innocent trigger words', () => {
    expect(typesOf('Not once was anyone rude to me.')).not.toContain('staff-conduct');
    expect(typesOf('The escalator was broken.')).not.toContain('escalation');
    expect(typesOf('I got approval for my mortgage in two days.')).not.toContain('policy-friction');
    expect(typesOf('The backlog is cleared and we are up to date.', 'staff')).not.toContain(
      'overload',
    );
  });

  it('ignores a hypothetical: "if I don\'t hear back by Friday I will call again"', () => {
    expect(typesOf("If I don't hear back by Friday I'll call again.")).not.toContain('delay');
  });

  it('carries a confidence at or above its sign threshold on every flag', () => {
    const flags = analyzer.flags(
      'I was transferred five times, the agent laughed at me and I am closing my account.',
      { source: 'customer' },
    );
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      const threshold =
        DEFAULT_SIGN_THRESHOLDS[flag.type as keyof typeof DEFAULT_SIGN_THRESHOLDS] ?? 0;
      expect(flag.confidence).toBeGreaterThanOrEqual(threshold);
      expect(flag.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('bounds evidence: at most 5 distinct quotes of at most 200 characters per flag', () => {
    const text = `${'I have been waiting for weeks and still nothing. '.repeat(300)}${'rude '.repeat(2001)}`;
    const analysis = analyzer.analyze(text);
    expect(analysis.flags.length).toBeGreaterThan(0);
    for (const flag of analysis.flags) {
      expect(flag.evidence.length).toBeLessThanOrEqual(5);
      expect(new Set(flag.evidence.map((span) => span.text)).size).toBe(flag.evidence.length);
      for (const span of flag.evidence) {
        expect(span.text.length).toBeLessThanOrEqual(200);
        expect(analysis.redactedText.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});
