import { risenClearly } from './emerging-rise';

const rise = (
  documents: number,
  texts: number,
  baselineDocuments: number,
  baselineTexts: number,
) => ({
  documents,
  texts,
  baselineDocuments,
  baselineTexts,
});

describe('risenClearly', () => {
  it("keeps a phrase new in most of the period's texts, even among few texts", () => {
    expect(risenClearly([rise(7, 8, 0, 8)])).toEqual([true]);
  });

  it('drops a doubling that a handful of texts shows by chance', () => {
    // 4 of 40 against 20 of 400: twice the share, but one-sided p ≈ 0.16.
    expect(risenClearly([rise(4, 40, 20, 400)])).toEqual([false]);
    // The same doubling over a hundred times the texts is no chance.
    expect(risenClearly([rise(400, 4000, 2000, 40000)])).toEqual([true]);
  });

  it('drops a significant rise smaller than a doubling', () => {
    expect(risenClearly([rise(1500, 10000, 10000, 100000)])).toEqual([false]);
  });

  it('controls false discoveries across the phrases tested together', () => {
    // p ≈ 0.015 passes alone, not as the one rise among twenty phrases tested (q ≈ 0.015 × 20).
    const borderline = rise(7, 20, 2, 30);
    const unchanged = rise(3, 20, 6, 30);
    expect(risenClearly([borderline])).toEqual([true]);
    const tested = [borderline, ...Array.from({ length: 19 }, () => unchanged)];
    expect(risenClearly(tested)[0]).toBe(false);
  });

  it('lists every candidate as new when there are no earlier texts to compare with', () => {
    expect(risenClearly([rise(9, 10, 0, 0), rise(3, 10, 0, 0)])).toEqual([true, true]);
  });
});
