import { openedWords, readBaselineDays, themeNameOf, withBaselineDays } from './topic-shape';

describe('emerging topics: URL state and words', () => {
  it('reads a baseline offered as a choice and falls back to 90 days for anything else', () => {
    expect(readBaselineDays(new URLSearchParams('baseline=180'))).toBe(180);
    expect(readBaselineDays(new URLSearchParams('baseline=17'))).toBe(90);
    expect(readBaselineDays(new URLSearchParams('baseline=abc'))).toBe(90);
    expect(readBaselineDays(new URLSearchParams(''))).toBe(90);
  });

  it('writes the baseline into the URL, keeping the period, and leaves the default out', () => {
    const params = new URLSearchParams('from=2026-10&to=2026-10');
    expect(withBaselineDays(params, 365).toString()).toBe('from=2026-10&to=2026-10&baseline=365');
    expect(withBaselineDays(new URLSearchParams('baseline=365'), 90).toString()).toBe('');
  });

  it('proposes a theme name from the phrase', () => {
    expect(themeNameOf('  smart meter app ')).toBe('Smart meter app');
  });

  it('says when the drill-down opens only the newest items of a larger topic', () => {
    expect(openedWords({ items: 7, drilldownCount: 7 })).toBe('the 7 items');
    expect(openedWords({ items: 240, drilldownCount: 100 })).toBe('the newest 100 of 240 items');
  });
});
