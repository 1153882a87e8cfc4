import { findPii, PLACEHOLDERS, type PiiKind, type PiiSpan } from '../src';
import { heldOutPiiSnippets, labelledPiiSnippets, type LabelledPiiSnippet } from './fixtures';

interface Tally {
  found: number;
  expected: number;
  matched: number;
}

// Span-level: a found span counts as right when it overlaps an expected span of the same kind.
function tallyByKind(snippets: readonly LabelledPiiSnippet[]): Map<PiiKind | 'all', Tally> {
  const tallies = new Map<PiiKind | 'all', Tally>();
  const add = (kind: PiiKind, field: keyof Tally) => {
    for (const key of [kind, 'all'] as const) {
      const tally = tallies.get(key) ?? { found: 0, expected: 0, matched: 0 };
      tally[field]++;
      tallies.set(key, tally);
    }
  };
  for (const { text, expected } of snippets) {
    const found = findPii(text);
    const sameKindOverlap = (a: PiiSpan, b: PiiSpan) =>
      a.type === b.type && a.start < b.end && a.end > b.start;
    for (const span of expected) add(span.type, 'expected');
    for (const span of found) {
      add(span.type, 'found');
      if (expected.some((other) => sameKindOverlap(span, other))) add(span.type, 'matched');
    }
  }
  return tallies;
}

const precision = ({ found, matched }: Tally) => (found === 0 ? 1 : matched / found);
const recall = ({ expected, matched }: Tally) => (expected === 0 ? 1 : matched / expected);

describe('masking quality on the labelled snippets (span-level)', () => {
  const development = tallyByKind(labelledPiiSnippets);
  const heldOut = tallyByKind(heldOutPiiSnippets);

  const kinds = Object.keys(PLACEHOLDERS) as PiiKind[];

  it('has at least 300 development snippets with every kind among them', () => {
    expect(labelledPiiSnippets.length).toBeGreaterThanOrEqual(300);
    for (const kind of kinds) expect(development.get(kind)?.expected).toBeGreaterThanOrEqual(5);
  });

  it('keeps precision and recall at 0.95 or more overall on the development set', () => {
    expect(precision(development.get('all')!)).toBeGreaterThanOrEqual(0.95);
    expect(recall(development.get('all')!)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(kinds)('keeps %s at precision ≥ 0.9 and recall ≥ 0.9', (kind) => {
    const tally = development.get(kind)!;
    expect(precision(tally)).toBeGreaterThanOrEqual(0.9);
    expect(recall(tally)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps precision and recall at 0.9 or more on the held-out snippets', () => {
    expect(precision(heldOut.get('all')!)).toBeGreaterThanOrEqual(0.9);
    expect(recall(heldOut.get('all')!)).toBeGreaterThanOrEqual(0.9);
  });
});
