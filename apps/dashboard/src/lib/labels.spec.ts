import { languageName } from './labels';

describe('languageName', () => {
  it('names a detected language in English, and says when the detector could not tell', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('es')).toBe('Spanish');
    expect(languageName('und')).toBe('an undetermined language');
    expect(languageName(null)).toBe('an undetermined language');
    expect(languageName('other')).toBe('a language or script the detector does not know');
  });
});
