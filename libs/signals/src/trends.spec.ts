import { percentChange, pointChange } from './trends';

describe('percentChange', () => {
  it('reports +25% for 100 → 125 and −40% for 50 → 30', () => {
    expect(percentChange(125, 100)).toMatchObject({
      relative: 0.25,
      direction: 'up',
      label: '+25%',
    });
    expect(percentChange(30, 50)).toMatchObject({
      relative: -0.4,
      direction: 'down',
      label: '−40%',
    });
  });

  it('never divides by zero: 0 → 7 is "new", 0 → 0 is "no change"', () => {
    expect(percentChange(7, 0)).toMatchObject({
      relative: null,
      direction: 'up',
      label: 'new (from 0 to 7)',
    });
    expect(percentChange(0, 0)).toMatchObject({
      relative: 0,
      direction: 'flat',
      label: 'no change',
    });
  });

  it('compares shares in percentage points', () => {
    expect(pointChange(0.182, 0.15)).toMatchObject({ direction: 'up', label: '+3.2 pts' });
    expect(pointChange(0.1, 0.1).label).toBe('no change');
  });
});
