import { tokenize, type Token } from './tokenize';

/**
 * Phrase patterns, written the way people write keywords and matched on stems:
 *   "still waiting"                   words in order ("waited still" does not match)
 *   "(cancel|close) my account"       one of several words
 *   "speak to (a|the|your)? manager"  an optional slot
 *   "on hold for * hours"             `*` is exactly one token of any kind
 *   "never ... again"                 `...` is a gap of up to three tokens
 *   "<num> times"                     `<num>` is any number
 *   "=pleased"                        `=` matches that exact form only, where stems collide
 *                                     ("pleased" and "please" share the stem "pleas")
 * A match never crosses a clause boundary (sentence punctuation, comma, "but").
 */
type Slot =
  | {
      kind: 'words';
      stems: ReadonlySet<string>;
      exactForms: ReadonlySet<string>;
      optional: boolean;
    }
  | { kind: 'any' }
  | { kind: 'gap'; maxTokens: number };

export interface CompiledPattern<T> {
  source: string;
  slots: Slot[];
  payload: T;
}

export interface PhraseMatch<T> {
  payload: T;
  pattern: string;
  /** Token range [startToken, endToken) covered by the match. */
  startToken: number;
  endToken: number;
  /** A negator ("not", "never", "won't", …) shortly before the match, in the same clause. */
  negated: boolean;
}

const GAP_TOKENS = 3;
const NEGATION_WINDOW = 3;
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'cannot',
  'hardly',
  'barely',
  'nothing',
  'nobody',
  'none',
]);

/** True for "not", "never", "won't", "didn't" and the like. */
function isNegator(token: Token): boolean {
  return NEGATORS.has(token.norm) || token.norm.endsWith("n't");
}

function compileSlot(word: string, source: string): Slot {
  if (word === '*') return { kind: 'any' };
  if (word === '...') return { kind: 'gap', maxTokens: GAP_TOKENS };
  const optional = word.endsWith('?');
  const body = optional ? word.slice(0, -1) : word;
  if (/[()]/.test(body) && !/^\([^()]+\)$/.test(body)) {
    throw new Error(
      `pattern "${source}": "${word}" must be a single word or single-word alternatives like (a|b)`,
    );
  }
  const alternatives = body.replace(/^\((.*)\)$/, '$1').split('|');
  const stems = new Set<string>();
  const exactForms = new Set<string>();
  for (const alternative of alternatives) {
    if (alternative === '<num>') {
      stems.add('<num>');
      continue;
    }
    const exact = alternative.startsWith('=');
    const tokens = tokenize(exact ? alternative.slice(1) : alternative).tokens;
    if (tokens.length !== 1)
      throw new Error(`pattern "${source}": "${alternative}" must be a single word`);
    if (exact) exactForms.add(tokens[0].norm);
    else stems.add(tokens[0].stem);
  }
  return { kind: 'words', stems, exactForms, optional };
}

/**
 * A plain keyword the tokeniser splits ("no-show", "e-mail") becomes one slot per token, so it
 * matches the text exactly as that text is tokenised.
 */
function compileWord(word: string, source: string): Slot[] {
  const plain = word !== '...' && !/[()|?*<>=]/.test(word);
  const tokens = plain ? tokenize(word).tokens : [];
  if (tokens.length <= 1) return [compileSlot(word, source)];
  return tokens.map((token) => ({
    kind: 'words',
    stems: new Set([token.stem]),
    exactForms: new Set<string>(),
    optional: false,
  }));
}

/** Compiles one pattern; throws with the pattern named when it cannot be matched. */
export function compilePattern<T>(source: string, payload: T): CompiledPattern<T> {
  const words = source
    .toLowerCase()
    .replace(/\.\.\./g, ' ... ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const slots = words.flatMap((word) => compileWord(word, source));
  const first = slots[0];
  if (first === undefined || first.kind !== 'words' || first.optional) {
    throw new Error(`pattern "${source}" must start with a required word`);
  }
  return { source, slots, payload };
}

function stemOfForm(form: string): string {
  return tokenize(form).tokens[0].stem;
}

/** Finds every pattern occurrence in a token sequence; patterns are indexed by their first stems. */
export class PhraseMatcher<T> {
  private readonly byFirstStem = new Map<string, CompiledPattern<T>[]>();

  constructor(patterns: readonly CompiledPattern<T>[]) {
    for (const pattern of patterns) {
      const first = pattern.slots[0];
      if (first.kind !== 'words') continue;
      for (const firstStem of new Set([...first.stems, ...[...first.exactForms].map(stemOfForm)])) {
        const bucket = this.byFirstStem.get(firstStem) ?? [];
        bucket.push(pattern);
        this.byFirstStem.set(firstStem, bucket);
      }
    }
  }

  static fromSources<T>(entries: readonly (readonly [string, T])[]): PhraseMatcher<T> {
    return new PhraseMatcher(entries.map(([source, payload]) => compilePattern(source, payload)));
  }

  /** All matches, longest first at each start position. */
  match(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let start = 0; start < tokens.length; start++) {
      const candidates = this.byFirstStem.get(tokens[start].stem);
      if (candidates === undefined) continue;
      // Most candidates fail: the list for this position is made only once one matches.
      let found: PhraseMatch<T>[] | undefined;
      for (const pattern of candidates) {
        const end = matchSlots(pattern.slots, 0, tokens, start, tokens[start].clause);
        if (end < 0) continue;
        found ??= [];
        found.push({
          payload: pattern.payload,
          pattern: pattern.source,
          startToken: start,
          endToken: end,
          negated: isNegatedAt(tokens, start),
        });
      }
      if (found === undefined) continue;
      found.sort((a, b) => b.endToken - a.endToken);
      matches.push(...found);
    }
    return matches;
  }
}

/** Whether a negator precedes position `start` closely, in the same clause. */
function isNegatedAt(tokens: readonly Token[], start: number): boolean {
  const clause = tokens[start].clause;
  for (
    let i = start - 1;
    i >= 0 && i >= start - NEGATION_WINDOW && tokens[i].clause === clause;
    i--
  ) {
    if (isNegator(tokens[i])) return true;
  }
  return false;
}

// Returns the end (exclusive) of the match of slots[slotIndex..] at tokens[at..], or -1.
function matchSlots(
  slots: readonly Slot[],
  slotIndex: number,
  tokens: readonly Token[],
  at: number,
  clause: number,
): number {
  if (slotIndex === slots.length) return at;
  const slot = slots[slotIndex];
  const inClause = at < tokens.length && tokens[at].clause === clause;
  switch (slot.kind) {
    case 'any':
      return inClause ? matchSlots(slots, slotIndex + 1, tokens, at + 1, clause) : -1;
    case 'gap':
      for (let skip = 0; skip <= slot.maxTokens; skip++) {
        if (skip > 0 && (at + skip - 1 >= tokens.length || tokens[at + skip - 1].clause !== clause))
          break;
        const end = matchSlots(slots, slotIndex + 1, tokens, at + skip, clause);
        if (end >= 0) return end;
      }
      return -1;
    case 'words': {
      if (inClause && slotAccepts(slot, tokens[at])) {
        const end = matchSlots(slots, slotIndex + 1, tokens, at + 1, clause);
        if (end >= 0) return end;
      }
      return slot.optional ? matchSlots(slots, slotIndex + 1, tokens, at, clause) : -1;
    }
  }
}

function slotAccepts(
  slot: { stems: ReadonlySet<string>; exactForms: ReadonlySet<string> },
  token: Token,
): boolean {
  return slot.stems.has(token.stem) || slot.exactForms.has(token.norm);
}
