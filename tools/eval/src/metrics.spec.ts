import { binaryScores, expectedCalibrationError, scoreClassification } from './metrics';

describe('metrics', () => {
  it('computes precision, recall and F1 from counts, with 0 / 0 counted as 0', () => {
    expect(binaryScores(3, 1, 2)).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: (2 * 0.75 * 0.6) / 1.35,
    });
    expect(binaryScores(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('macro-averages F1 over the gold labels, so a rare label weighs as much as a common one', () => {
    const gold = ['a', 'a', 'a', 'b'];
    const predicted = ['a', 'a', 'a', 'a'];
    const scores = scoreClassification(gold, predicted);
    expect(scores.accuracy).toBe(0.75);
    expect(scores.macroF1).toBeCloseTo(((2 * 0.75) / 1.75 + 0) / 2);
    expect(scores.perClass.map((item) => [item.label, item.support])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });

  it('refuses gold and predictions of different lengths', () => {
    expect(() => scoreClassification(['a'], [])).toThrow('1 gold labels but 0 predictions');
  });

  it('gives zero calibration error when confidence equals accuracy, and the gap otherwise', () => {
    expect(
      expectedCalibrationError([0.75, 0.75, 0.75, 0.75], [true, true, true, false]),
    ).toBeCloseTo(0);
    expect(expectedCalibrationError([0.95, 0.95], [false, false])).toBeCloseTo(0.95);
  });
});
