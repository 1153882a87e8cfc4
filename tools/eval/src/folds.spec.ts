import { stratifiedFolds } from './folds';

describe('stratifiedFolds', () => {
  const labels = [...Array(50).fill('common'), ...Array(10).fill('rare')];

  it('puts every item in exactly one test fold', () => {
    const tests = stratifiedFolds(labels, 5).flatMap((split) => split.test);
    expect(tests.sort((a, b) => a - b)).toEqual(labels.map((_, index) => index));
  });

  it('keeps the label mix in every fold', () => {
    for (const split of stratifiedFolds(labels, 5)) {
      expect(split.test.filter((index) => labels[index] === 'rare')).toHaveLength(2);
      expect(split.train).toHaveLength(48);
    }
  });

  it('repeats exactly for the same seed and differs for another', () => {
    expect(stratifiedFolds(labels, 5, 7)).toEqual(stratifiedFolds(labels, 5, 7));
    expect(stratifiedFolds(labels, 5, 7)).not.toEqual(stratifiedFolds(labels, 5, 8));
  });
});
