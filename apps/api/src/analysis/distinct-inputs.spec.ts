import type { Analysis, Flag } from '@fulcrum/analysis';
import { createAnalyzer } from '@fulcrum/analysis';
import type { AnalysisInput } from './analysis-task';
import type { OrganisationAnalyzer } from './analyzer.service';
import { analysingDistinctInputs } from './distinct-inputs';

/** A real analyzer behind the OrganisationAnalyzer interface, counting the texts it is given. */
function countingAnalyzer(failOn?: string) {
  const analyzer = createAnalyzer({
    themes: [{ name: 'Refunds', keywords: ['refund'] }],
    policies: [],
    // The built-in rules are enough here; training the sign model would only slow the test.
    rulesOnlySigns: true,
  });
  const seen: string[] = [];
  const guard = <T>(input: AnalysisInput, run: () => T): T | Error =>
    input.text === failOn ? new Error('worker thread died') : run();
  const built: OrganisationAnalyzer = {
    modelVersion: analyzer.modelVersion,
    themeIds: new Map(),
    analyseAll: async (inputs) => {
      seen.push(...inputs.map((input) => input.text));
      return inputs.map((input) => guard(input, () => analyzer.analyze(input.text, input.context)));
    },
    flagsAll: async (inputs) => {
      seen.push(...inputs.map((input) => input.text));
      return inputs.map((input) => guard(input, () => analyzer.flags(input.text, input.context)));
    },
  };
  return { built, seen };
}

const customer = (text: string): AnalysisInput => ({
  text,
  context: { kind: 'complaint', source: 'customer' },
});
const staff = (text: string): AnalysisInput => ({
  text,
  context: { kind: 'reply', source: 'staff' },
});

const TEXTS = [
  customer('I want a refund, the kettle broke after two days and nobody called me back.'),
  customer('Thanks, that is sorted.'),
  customer('I want a refund, the kettle broke after two days and nobody called me back.'),
  staff('Sorry, the system is down, nothing I can do, another team deals with that.'),
  customer('Thanks, that is sorted.'),
  staff('Thanks, that is sorted.'),
];

describe('analysingDistinctInputs', () => {
  it('gives every input the result the analyzer gives it, analysing each distinct input once', async () => {
    const plain = countingAnalyzer();
    const distinct = countingAnalyzer();
    const cached = analysingDistinctInputs(distinct.built);

    const expected = await plain.built.analyseAll(TEXTS);
    const first = await cached.analyseAll(TEXTS);
    const again = await cached.analyseAll(TEXTS.slice(0, 2));

    expect(first).toEqual(expected);
    expect(again).toEqual(expected.slice(0, 2));
    // Same text, other context (the staff reply): analysed on its own.
    expect(distinct.seen).toHaveLength(4);
    expect(plain.seen).toHaveLength(6);
    expect((first[5] as Analysis).flags).toEqual((expected[5] as Analysis).flags);
  });

  it('keeps flags apart from full analyses, with the same answers as without it', async () => {
    const plain = countingAnalyzer();
    const distinct = countingAnalyzer();
    const cached = analysingDistinctInputs(distinct.built);

    await cached.analyseAll(TEXTS);
    const flags = await cached.flagsAll(TEXTS);

    expect(flags).toEqual(await plain.built.flagsAll(TEXTS));
    expect((flags[3] as Flag[]).length).toBeGreaterThan(0);
    expect(distinct.seen).toHaveLength(8);
  });

  it('does not remember a failure: the next call asks the analyzer again', async () => {
    const failing = countingAnalyzer('Thanks, that is sorted.');
    const cached = analysingDistinctInputs(failing.built);

    const first = await cached.analyseAll([customer('Thanks, that is sorted.')]);
    const second = await cached.analyseAll([customer('Thanks, that is sorted.')]);

    expect(first[0]).toBeInstanceOf(Error);
    expect(second[0]).toBeInstanceOf(Error);
    expect(failing.seen).toHaveLength(2);
  });

  it('answers a call larger than its memory in full', async () => {
    const { built } = countingAnalyzer();
    const cached = analysingDistinctInputs(built, 3);
    const many = Array.from({ length: 10 }, (_, index) => staff(`Order ${index} is late, sorry`));

    const flags = await cached.flagsAll([...many, many[0]]);
    const later = await cached.flagsAll(many);

    expect(flags).toHaveLength(11);
    expect(flags.every((found) => Array.isArray(found))).toBe(true);
    expect(flags[10]).toBe(flags[0]);
    expect(later).toEqual(flags.slice(0, 10));
  });

  it('remembers at least the last `capacity` results, and forgets older ones', async () => {
    const { built, seen } = countingAnalyzer();
    const cached = analysingDistinctInputs(built, 2);
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((name) => staff(`Reply ${name}`));

    await cached.flagsAll([a, b]);
    await cached.flagsAll([c]);
    await cached.flagsAll([a, b, c]);
    expect(seen).toHaveLength(3);

    await cached.flagsAll([d, e]);
    await cached.flagsAll([a]);
    await cached.flagsAll([b]);
    expect(seen).toEqual([
      'Reply a',
      'Reply b',
      'Reply c',
      'Reply d',
      'Reply e',
      'Reply a',
      'Reply b',
    ]);
  });
});
