import { mean, MEAN_DIGITS } from './figures';

describe('mean', () => {
  it('gives the same value for sums that differ only in the order they were added', () => {
    const scores = [0.665, -0.12, 0.3333333, 0.9, -0.71, 0.05, 0.17, -0.33].map(Math.fround);
    const forwards = scores.reduce((sum, score) => sum + score, 0);
    // A rollup adds an item's old score and subtracts it again when the item is re-analysed.
    const withChurn = scores.reduce((sum, score) => sum + 0.7 + score - 0.7, 0);
    expect(forwards).not.toBe(withChurn);
    expect(mean(forwards, scores.length)).toBe(mean(withChurn, scores.length));
  });

  it(`keeps ${MEAN_DIGITS} decimal places and gives no mean of nothing`, () => {
    expect(mean(2, 3)).toBe(0.666667);
    expect(mean(0, 0)).toBeNull();
  });
});
