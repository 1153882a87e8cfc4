import type { Token } from '../text/tokenize';

// "I was accused", "we got told off", "he's been cut off": the subject is acted on, not acting.
const PASSIVE_AUXILIARIES = new Set([
  'was',
  'were',
  'been',
  'being',
  'got',
  'get',
  'gets',
  'getting',
  'is',
  'are',
  'am',
  "i'm",
  "we're",
  "he's",
  "she's",
  "they're",
  "you're",
]);
// Between the auxiliary and the participle: "was then told", "got completely ignored".
const IN_BETWEEN = new Set([
  'not',
  'never',
  'just',
  'then',
  'also',
  'still',
  'again',
  'repeatedly',
  'completely',
  'basically',
  'constantly',
  'always',
  'being',
  'been',
]);
// Past participles without -ed that acts on people in service stories.
const IRREGULAR_PARTICIPLES = new Set([
  'told',
  'made',
  'sent',
  'left',
  'kept',
  'given',
  'taken',
  'shown',
  'put',
  'hung',
  'cut',
  'thrown',
  'sold',
  'spoken',
  'caught',
  'held',
  'brought',
  'forgotten',
  'misled',
  'overcharged',
  'shut',
  'dealt',
]);
// -ed words that describe a state, not an act done to the subject ("I was tired", "we were
// pleased"): the subject stays the actor.
const STATES = new Set([
  'tired',
  'bored',
  'pleased',
  'delighted',
  'satisfied',
  'interested',
  'excited',
  'worried',
  'concerned',
  'scared',
  'annoyed',
  'frustrated',
  'disappointed',
  'confused',
  'surprised',
  'shocked',
  'amazed',
  'impressed',
  'relieved',
  'stressed',
  'prepared',
  'supposed',
  'used',
  'married',
  'retired',
  'qualified',
  'based',
  'located',
  'closed',
  'finished',
]);

function isParticiple(norm: string): boolean {
  if (STATES.has(norm)) return false;
  return IRREGULAR_PARTICIPLES.has(norm) || (norm.length > 4 && norm.endsWith('ed'));
}

/**
 * Whether the clause's subject at `subjectAt` is acted on: a passive auxiliary follows it, then
 * (after at most two adverbs) a past participle. `by` marks an agent the caller can read.
 */
export function isPassive(tokens: readonly Token[], subjectAt: number, end: number): boolean {
  let i = subjectAt + 1;
  if (i < end && tokens[i].norm === 'have') i++;
  const subjectWord = tokens[subjectAt].norm;
  // "I'm", "he's" carry the auxiliary in the subject itself.
  const fused = PASSIVE_AUXILIARIES.has(subjectWord);
  if (!fused) {
    if (i >= end || !PASSIVE_AUXILIARIES.has(tokens[i].norm)) return false;
    i++;
  }
  for (let skipped = 0; i < end && skipped < 2 && IN_BETWEEN.has(tokens[i].norm); skipped++) i++;
  return i < end && tokens[i].kind === 'word' && isParticiple(tokens[i].norm);
}
