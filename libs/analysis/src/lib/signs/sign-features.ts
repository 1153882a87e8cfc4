import type { Clause, Role } from '../clauses/clause-analysis';
import { resolveRole, type RawRole } from '../clauses/clause-actors';
// Subjects only (I, we and their contractions), as the clause reader knows them.
import { FIRST_PERSON as FIRST_PERSON_SUBJECTS } from '../clauses/clause-words';
import type { FeatureToken } from '../linear/feature-space';
import type { Token } from '../text/tokenize';
import { durationAt } from './duration-reading';
import { CONCEPT_OF_STEM } from './sign-concepts';
import type { Writer } from './sign-types';

/**
 * The feature set stored sign models are stamped with. Bump it whenever a sentence reads as
 * other features (this file, duration-reading.ts, sign-concepts.ts, the rule and valence
 * features): a stored model of another set is refused and the shipped one used until retrained.
 * 2: actor- and owner-tagged word families, durations read by length.
 * 3: a question's kind (an inquiry, a "why", another) opens its sentence; ages and points in
 *    time ("two years old", "a week ago") read apart from waits.
 * 4: a family the speaker owns or acts on in their own words ("my own fault", "our error", "I
 *    should have") is also read as `own:`; calendar points ("last week", "the following month") read as points in time.
 */
export const SIGN_FEATURE_VERSION = 4;

const FIRST_PERSON = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'd", "you'll", 'u']);
const THIRD_PERSON = new Set([
  'they',
  'them',
  'their',
  'he',
  'him',
  'his',
  'she',
  'her',
  "they're",
  "they've",
  "they'd",
  "they'll",
  "he's",
  "she's",
]);

// Words that open an inquiry ("is my flight delayed?", "how do I change my PIN?"): asking about
// a delay or a policy is not meeting one. "Why" and "how come" questions are often complaints.
const INQUIRY_OPENERS = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'shall',
  'may',
  'any',
  'how',
  'what',
  'when',
  'where',
  'which',
  'who',
  'whats',
  "what's",
  "how's",
  "where's",
  "when's",
]);

/** Whether a sentence opening at `start` asks for information ("is my flight delayed?"), not why. */
export function isInquiry(tokens: readonly Token[], start: number): boolean {
  return questionMarker(tokens, start) === '§inquiry';
}

// The kind of question a sentence is, read from its first word, or undefined for a statement.
function questionMarker(tokens: readonly Token[], start: number): string | undefined {
  const first = tokens[start];
  if (!first.questioned) return undefined;
  if (first.norm === 'why' || (first.norm === 'how' && tokens[start + 1]?.norm === 'come'))
    return '§why';
  return INQUIRY_OPENERS.has(first.norm) ? '§inquiry' : '§question';
}

// One shared read-only token per feature name: reading a sentence allocates no token objects.
// (The sign model has no character n-grams, so `kind` only needs to be a word's.)
const FEATURE_TOKENS = new Map<string, FeatureToken>();
const MAX_FEATURE_TOKENS = 50_000;

function featureToken(name: string): FeatureToken {
  let token = FEATURE_TOKENS.get(name);
  if (token === undefined) {
    if (FEATURE_TOKENS.size >= MAX_FEATURE_TOKENS) FEATURE_TOKENS.clear();
    token = { kind: 'word', norm: name, stem: name };
    FEATURE_TOKENS.set(name, token);
  }
  return token;
}

/** A token per pair of keys, built once: reading a sentence builds no marker strings. */
function cachedToken<K>(
  cache: Map<K, Map<string, FeatureToken>>,
  outer: K,
  inner: string,
  text: () => string,
): FeatureToken {
  let byInner = cache.get(outer);
  if (byInner === undefined) cache.set(outer, (byInner = new Map()));
  let token = byInner.get(inner);
  if (token === undefined) {
    if (byInner.size >= MAX_FEATURE_TOKENS) byInner.clear();
    token = featureToken(text());
    byInner.set(inner, token);
  }
  return token;
}

// Marker tokens by prefix and value ("§act-" and an actor, "~" and a negated stem).
const MARKERS = new Map<string, Map<string, FeatureToken>>();
const markerToken = (prefix: string, value: string) =>
  cachedToken(MARKERS, prefix, value, () => `${prefix}${value}`);

// `role:family` tokens, cached per role.
const TAGGED = new Map<Role, Map<string, FeatureToken>>();
const taggedToken = (role: Role, family: string) =>
  cachedToken(TAGGED, role, family, () => `${role}:${family}`);

const OWN = new Map<string, FeatureToken>();

function ownToken(family: string): FeatureToken {
  let token = OWN.get(family);
  if (token === undefined) OWN.set(family, (token = featureToken(`own:${family}`)));
  return token;
}

/** The word family a token reads as (`§reply`, `§long`), if any. */
export function conceptAt(tokens: readonly Token[], index: number): string | undefined {
  const length = durationAt(tokens, index);
  return length === undefined ? CONCEPT_OF_STEM.get(tokens[index].stem) : `§${length}`;
}

const POSSESSIVES = new Map<string, RawRole['role']>([
  ['my', 'first'],
  ['our', 'first'],
  ['your', 'second'],
  ['their', 'third-pronoun'],
  ['his', 'third-pronoun'],
  ['her', 'third-pronoun'],
]);

const OTHER_PRONOUNS = new Set([...SECOND_PERSON, ...THIRD_PERSON]);

// Whether the nearest person named before a word in its clause is the speaker ("I should have
// checked", against "you should have checked" and "I said you should have checked").
function speakerActsBefore(tokens: readonly Token[], index: number, clause: Clause): boolean {
  for (let j = index - 1; j >= clause.startToken; j--) {
    const norm = tokens[j].norm;
    if (FIRST_PERSON_SUBJECTS.has(norm)) return true;
    if (OTHER_PRONOUNS.has(norm)) return false;
  }
  return false;
}

// The possessive just before a word ("our error", "your mistake"), if any.
function possessiveBefore(
  tokens: readonly Token[],
  index: number,
  clause: Clause,
): RawRole['role'] | undefined {
  for (let j = index - 1; j >= Math.max(clause.startToken, index - 3); j--) {
    const raw = POSSESSIVES.get(tokens[j].norm);
    if (raw !== undefined) return raw;
  }
  return undefined;
}

/**
 * A sentence as the sign model reads it: words by stem, with who-is-who made explicit. Pronouns
 * become the role they stand for in that clause (the customer's "I" and the agent's "you" are
 * both `§cust`), words inside a negation's scope are marked (`~rude`: "not once was anyone
 * rude" shares no feature with "she was rude"), and each clause opens with markers for its
 * actor and for being hypothetical, reported or resolved, and each question with its kind. Words of a sign-bearing family are
 * repeated after the sentence tagged with their clause's actor (`customer:~§reply`, "I didn't
 * reply", against `staff:~§reply`, "they didn't reply") or their owner ("our error" against
 * "your error"; the speaker's own also as `own:§fault`), and a span of time reads as `§brief`
 * or `§long` by its length ("two minutes" against "two weeks").
 */
export function signFeatureTokens(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  negated: Uint8Array,
  writer: Writer,
): FeatureToken[] {
  const out: FeatureToken[] = [];
  if (clauses.length === 0) return out;
  out.push(markerToken('§w-', writer));
  // Actor-tagged families go after the words, so they form no word pairs with them.
  const tagged: FeatureToken[] = [];
  let sentence = -1;
  for (const clause of clauses) {
    if (clause.sentence !== sentence) {
      sentence = clause.sentence;
      const question = questionMarker(tokens, clause.startToken);
      if (question !== undefined) out.push(featureToken(question));
    }
    out.push(markerToken('§act-', clause.actor));
    if (clause.conditional) out.push(featureToken('§cond'));
    if (clause.reported) out.push(featureToken('§rep'));
    if (clause.resolved) out.push(featureToken('§res'));
    const me = clause.speaker === 'customer' ? '§cust' : '§staff';
    const you = clause.speaker === 'customer' ? '§staff' : '§cust';
    for (let i = clause.startToken; i < clause.endToken; i++) {
      const token = tokens[i];
      let stem = token.stem;
      if (FIRST_PERSON.has(token.norm)) stem = me;
      else if (SECOND_PERSON.has(token.norm)) stem = you;
      else if (THIRD_PERSON.has(token.norm)) stem = '§they';
      else if (token.kind === 'number') stem = '§number';
      else {
        const concept = conceptAt(tokens, i);
        if (concept !== undefined) {
          stem = negated[i] === 1 ? `~${concept}` : concept;
          const possessive = possessiveBefore(tokens, i, clause);
          tagged.push(
            taggedToken(
              possessive === undefined ? clause.actor : resolveRole(possessive, clause.speaker),
              stem,
            ),
          );
          // The speaker's own family in their own words ("my own fault", "our error", "I
          // should have checked") is an admission, whoever writes; reported ("they said it was
          // my fault") it is not.
          if (
            !clause.reported &&
            (possessive === 'first' ||
              (possessive === undefined && speakerActsBefore(tokens, i, clause)))
          )
            tagged.push(ownToken(stem));
        }
      }
      if (negated[i] === 1 && stem[0] !== '~') out.push(markerToken('~', stem));
      else out.push(stem === token.stem ? token : featureToken(stem));
    }
  }
  for (const token of tagged) out.push(token);
  return out;
}
