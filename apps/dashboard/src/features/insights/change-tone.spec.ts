import { changeTone } from './change-tone';

describe('changeTone', () => {
  it('calls a rise good news only where higher is better', () => {
    expect(changeTone({ direction: 'UP', previous: 3 }, true)).toBe('better');
    expect(changeTone({ direction: 'UP', previous: 3 }, false)).toBe('worse');
    expect(changeTone({ direction: 'DOWN', previous: 3 }, false)).toBe('better');
    expect(changeTone({ direction: 'DOWN', previous: 3 }, true)).toBe('worse');
  });

  it('is neutral when flat, without a comparison, or when up is neither good nor bad', () => {
    expect(changeTone({ direction: 'FLAT', previous: 3 }, true)).toBe('neutral');
    expect(changeTone({ direction: 'UP', previous: null }, true)).toBe('neutral');
    expect(changeTone({ direction: 'UP', previous: 3 }, null)).toBe('neutral');
  });
});
