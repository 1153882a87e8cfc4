import { createAnalyzer } from '../analyzer';
import { detectLanguage } from './detect-language';

describe('language detection', () => {
  it('recognises German, Spanish, French, Italian, Portuguese and Dutch complaints', () => {
    expect(
      detectLanguage('Ich warte seit drei Wochen auf eine Antwort von der Bank.').language,
    ).toBe('de');
    expect(
      detectLanguage('Nadie me ha contestado y ya no sé qué hacer con la tarjeta.').language,
    ).toBe('es');
    expect(
      detectLanguage("Personne ne m'a répondu depuis un mois, c'est inadmissible.").language,
    ).toBe('fr');
    expect(detectLanguage('Nessuno mi ha risposto e la carta è ancora bloccata.').language).toBe(
      'it',
    );
    expect(detectLanguage('Ninguém me respondeu e o cartão ainda não funciona.').language).toBe(
      'pt',
    );
    expect(
      detectLanguage('Niemand heeft mij geantwoord en mijn pas werkt nog steeds niet.').language,
    ).toBe('nl');
  });

  it('reads English as English, and a text too short to tell as undetermined', () => {
    expect(detectLanguage('I have been waiting for a reply for three weeks.').language).toBe('en');
    expect(detectLanguage('Great service').language).toBe('und');
  });

  it('marks a text in an unsupported language as not analysed instead of neutral', () => {
    const analyzer = createAnalyzer();
    const german = analyzer.analyze('Ich bin sehr unzufrieden, niemand hat mir geantwortet.');
    expect(german.status).toBe('not-analysed');
    expect(german.language).toBe('de');
    expect(german.flags).toEqual([]);
    expect(german.sentiment.confidence).toBe(0);
    const english = analyzer.analyze('Nobody has replied to me for weeks.');
    expect(english.status).toBe('analysed');
  });
});
