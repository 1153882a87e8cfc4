import { detectSpike } from '@fulcrum/signals';
import { dayMs } from './scope';
import { baselineWords, seasonalBaseline } from './weeks';

// Four tested weeks from Monday 2 Nov 2026, after `length - 4` weeks of history.
const tested = dayMs('2026-11-02');
const words = (length: number) => baselineWords(tested, length, 4);

describe('baselineWords', () => {
  it('names three past years when the series reaches back three years', () => {
    expect(words(4 + 3 * 52 + 3)).toEqual({
      seasonal: true,
      words: 'the same weeks (±3) of 2023–2025',
    });
  });

  it('names two years, or one year with the wider ±6 window', () => {
    expect(words(4 + 2 * 52 + 3).words).toBe('the same weeks (±3) of 2024 and 2025');
    expect(words(4 + 52 + 6).words).toBe('the same weeks (±6) of 2025');
  });

  it('falls back to the weeks before with under a year of history, as the spike test does', () => {
    const length = 4 + 52 + 2;
    expect(words(length)).toEqual({
      seasonal: false,
      words: 'the weeks before (less than a year of history)',
    });
    const spike = detectSpike(new Array<number>(length).fill(3), {
      label: 'Complaints',
      unit: 'week',
      recent: 4,
      ...seasonalBaseline(length, 4),
    });
    expect(spike.status === 'tested' && spike.baseline.method).toBe('trailing');
  });

  it('agrees with the spike test on when the baseline is seasonal', () => {
    for (const length of [58, 59, 61, 62, 110, 111, 170]) {
      const spike = detectSpike(new Array<number>(length).fill(3), {
        label: 'Complaints',
        unit: 'week',
        recent: 4,
        ...seasonalBaseline(length, 4),
      });
      const method = spike.status === 'tested' ? spike.baseline.method : null;
      expect([length, words(length).seasonal]).toEqual([length, method === 'seasonal']);
    }
  });
});
