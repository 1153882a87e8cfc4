import { spanOf, type Evidence } from '../evidence/evidence';
import { compilePattern, PhraseMatcher } from '../text/phrase-pattern';
import type { TokenizedText } from '../text/tokenize';
import type { ThemeDefinition } from './theme-definition';

export interface KeywordHit {
  theme: string;
  /** Distinct keywords matched. */
  keywords: number;
  evidence: Evidence[];
  /** Clauses the keywords occur in. */
  clauses: number[];
}

/** Matches each theme's keywords on stems; a theme's name is not a keyword unless listed. */
export class KeywordThemeMatcher {
  private readonly matcher: PhraseMatcher<string>;

  constructor(themes: readonly ThemeDefinition[]) {
    this.matcher = new PhraseMatcher(
      themes.flatMap((theme) =>
        (theme.keywords ?? []).map((keyword) => {
          try {
            return compilePattern(keyword, theme.name);
          } catch (error) {
            throw new Error(`theme "${theme.name}": keyword ${(error as Error).message}`);
          }
        }),
      ),
    );
  }

  match(tokenized: TokenizedText): KeywordHit[] {
    const byTheme = new Map<
      string,
      { patterns: Set<string>; evidence: Evidence[]; clauses: number[] }
    >();
    for (const match of this.matcher.match(tokenized.tokens)) {
      const hit = byTheme.get(match.payload) ?? {
        patterns: new Set<string>(),
        evidence: [],
        clauses: [],
      };
      if (!hit.patterns.has(match.pattern)) {
        hit.patterns.add(match.pattern);
        hit.evidence.push(
          spanOf(tokenized.text, tokenized.tokens, match.startToken, match.endToken),
        );
      }
      hit.clauses.push(tokenized.tokens[match.startToken].clause);
      byTheme.set(match.payload, hit);
    }
    return [...byTheme].map(([theme, hit]) => ({
      theme,
      keywords: hit.patterns.size,
      evidence: hit.evidence,
      clauses: hit.clauses,
    }));
  }
}
