import { themeChange, validateThemeChoice } from './theme-correction';

describe('theme corrections', () => {
  it('compares themes as sets: the order they were ticked in is no change', () => {
    expect(themeChange(['a', 'b'], ['b', 'a'])).toEqual({ changed: false, added: [], removed: [] });
    expect(themeChange(['a', 'b'], ['b', 'c'])).toEqual({
      changed: true,
      added: ['c'],
      removed: ['a'],
    });
  });

  it('allows clearing every theme (none applies) but not more than 20', () => {
    expect(validateThemeChoice([])).toBeNull();
    expect(validateThemeChoice(Array.from({ length: 21 }, (_, i) => `t${i}`))).toBe(
      'Choose at most 20 themes (21 are chosen)',
    );
  });
});
