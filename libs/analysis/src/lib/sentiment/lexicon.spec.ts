import { tokenize } from '../text/tokenize';
import { SENTIMENT_LEXICON } from './lexicon';

describe('sentiment lexicon', () => {
  it('has no two single-word entries with the same stem (one would silently shadow the other)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { pattern } of SENTIMENT_LEXICON) {
      if (pattern.includes(' ')) continue;
      const key = pattern.startsWith('=') ? pattern : tokenize(pattern).tokens[0].stem;
      const previous = seen.get(key);
      if (previous !== undefined) clashes.push(`${previous} / ${pattern}`);
      seen.set(key, pattern);
    }
    expect(clashes).toEqual([]);
  });

  it('keeps every valence between −3 and +3', () => {
    expect(SENTIMENT_LEXICON.filter((entry) => Math.abs(entry.valence) > 3)).toEqual([]);
  });
});
