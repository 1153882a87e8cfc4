import { monthTickLabel } from './month-ticks';
import { niceCountTicks } from './ticks';

describe('niceCountTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten from zero to at least the maximum', () => {
    expect(niceCountTicks(242)).toEqual([0, 100, 200, 300]);
    expect(niceCountTicks(180)).toEqual([0, 50, 100, 150, 200]);
    expect(niceCountTicks(9)).toEqual([0, 3, 6, 9]);
    expect(niceCountTicks(41_000)).toEqual([0, 20_000, 40_000, 60_000]);
  });

  it('uses whole numbers only, since counts are whole', () => {
    expect(niceCountTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceCountTicks(1)).toEqual([0, 1]);
  });

  it('still draws an axis when everything is zero', () => {
    expect(niceCountTicks(0)).toEqual([0, 1]);
  });
});

describe('monthTickLabel', () => {
  it('labels every month, with the year under January and under the first month, when there is room', () => {
    expect(monthTickLabel('2024-12', 0, 50)).toEqual({ label: true, year: true });
    expect(monthTickLabel('2025-01', 1, 50)).toEqual({ label: true, year: true });
    expect(monthTickLabel('2025-02', 2, 50)).toEqual({ label: true, year: false });
  });

  it('labels quarters counted from January when months are narrow, putting the year on the first label', () => {
    // 120 months on ~1000px: about 8px per month.
    const px = 13;
    expect(monthTickLabel('2016-12', 0, px).label).toBe(false);
    expect(monthTickLabel('2017-01', 1, px)).toEqual({ label: true, year: true });
    expect(monthTickLabel('2017-04', 4, px)).toEqual({ label: true, year: false });
    expect(monthTickLabel('2017-05', 5, px).label).toBe(false);
  });

  it('gives the year to the first labelled month even when it is not January', () => {
    expect(monthTickLabel('2025-02', 0, 20)).toEqual({ label: false, year: false });
    expect(monthTickLabel('2025-03', 1, 20)).toEqual({ label: true, year: true });
    expect(monthTickLabel('2025-05', 3, 20)).toEqual({ label: true, year: false });
  });
});
