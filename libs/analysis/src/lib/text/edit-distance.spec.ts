import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import { boundedEditDistance } from './edit-distance';

describe('boundedEditDistance', () => {
  it.each([
    ['receipt', 'receipt', 0],
    ['reciept', 'receipt', 1], // a swap of neighbours
    ['recipt', 'receipt', 1], // a deletion
    ['receipts', 'receipt', 1], // an insertion
    ['approvel', 'approval', 1], // a substitution
    ['aproval', 'approval', 1],
    ['director', 'directer', 1],
  ])('finds %s within %s edits of %s', (written, expected, distance) => {
    expect(boundedEditDistance(written, expected, 2)).toBe(distance);
  });

  it('reports max + 1 for words further apart than the bound', () => {
    expect(boundedEditDistance('refund', 'receipt', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcd', 2)).toBe(3);
  });

  it("agrees with natural's Damerau–Levenshtein distance wherever that is within the bound", () => {
    const words = [
      'receipt',
      'reciept',
      'recipe',
      'approval',
      'aproval',
      'approve',
      'manager',
      'manger',
      'managers',
      'director',
      'drector',
      'laptop',
      'lapotp',
      'policy',
      'polcy',
      'police',
    ];
    for (const a of words) {
      for (const b of words) {
        const reference = DamerauLevenshteinDistance(a, b, { restricted: true });
        expect([a, b, boundedEditDistance(a, b, 2)]).toEqual([a, b, Math.min(reference, 3)]);
      }
    }
  });
});
