import type { Token } from '../text/tokenize';
import { objectOf, resolveRole, subjectOf } from './clause-actors';
import { isSubjectWord, wordFacts } from './clause-words';
import { isNegatorToken, startsNegation } from './negation';
import { isPassive } from './passive-voice';
import type { Clause, Role, Speaker } from './clause-types';

export type { Clause, Role, Speaker } from './clause-types';

function startsClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const word = wordFacts(token.norm);
  if (word.clauseOpener) {
    // "so long", "so slow", "so rude": intensifier, not a clause opener
    if (token.norm === 'so') return isSubjectWord(tokens[index + 1]);
    if (token.norm === 'once' || token.norm === 'then' || token.norm === 'which')
      return isSubjectWord(tokens[index + 1]);
    return true;
  }
  return word.coordinator && isSubjectWord(tokens[index + 1]);
}

/**
 * Splits a tokenised text into clauses and reads each: whose words, who acts, what is negated,
 * whether it is hypothetical or reported. Rule-based and linear in the number of tokens: a
 * part-of-speech tagger (natural's Brill tagger) would cost more than the rest of the analysis.
 */
export function analyseClauses(tokens: readonly Token[], text: string, writer: Speaker): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  // Reported speech runs from a speech verb with a staff subject to the end of its sentence.
  let reportedSentence = -1;
  let reportedSpeaker: Speaker = writer;
  let quoted = false;
  for (let i = 0; i <= tokens.length; i++) {
    const boundary =
      i === tokens.length ||
      (i > start &&
        (tokens[i].clause !== tokens[i - 1].clause ||
          startsClause(tokens, i) ||
          ifMainClause(tokens, start, i) ||
          startsSpeech(tokens, text, i)));
    if (!boundary) continue;
    const sentence = tokens[start].sentence;
    const reported = reportedSentence === sentence;
    // Quoted words are the quoted person's ("I can't do anything"); indirect speech keeps the
    // writer's pronouns ("she said it was my fault": "my" is still the customer).
    if (reported && start > 0 && quoteBetween(text, tokens[start - 1].end, tokens[start].start))
      quoted = true;
    const speaker = reported && quoted ? reportedSpeaker : writer;
    const subject = subjectOf(tokens, text, start, i);
    const previous = clauses.at(-1);
    let actor: Role = subject === undefined ? 'unknown' : resolveRole(subject.role, speaker);
    if (subject === undefined && previous !== undefined && previous.sentence === sentence)
      actor = previous.actor;
    let object = objectOf(tokens, start, i, speaker);
    // "I was told off by the manager": the subject is acted on; who acts is the agent, if named.
    if (subject !== undefined && isPassive(tokens, subject.at, i)) {
      object = actor;
      actor = agentOf(tokens, text, subject.at, i, speaker);
    }
    const opener = tokens[start].norm;
    const openerWord = wordFacts(opener);
    const conditional =
      openerWord.conditionalOpener ||
      (opener === 'in' && tokens[start + 1]?.norm === 'case') ||
      (previous?.conditional === true && previous.sentence === sentence && openerWord.coordinator);
    let negatedFrom = -1;
    for (let j = start; j < i; j++) {
      if (startsNegation(tokens, j)) {
        negatedFrom = j + 1;
        break;
      }
    }
    const clause: Clause = {
      startToken: start,
      endToken: i,
      sentence,
      speaker,
      actor,
      object,
      negatedFrom,
      conditional,
      reported,
      resolved: isResolved(tokens, start, i),
      question: tokens[start].questioned,
    };
    clauses.push(clause);
    // "she said", "the agent told me (that)": what follows in the sentence is their speech.
    const speech = speechVerbAt(tokens, start, i);
    if (speech && !reported && (actor === 'staff' || actor === 'third-party')) {
      reportedSentence = sentence;
      reportedSpeaker = actor === 'staff' ? 'staff' : writer;
      quoted = false;
    } else if (!reported) reportedSentence = -1;
    start = i;
  }
  return clauses;
}

// The "by …" of a passive clause ("by the manager", "by them"), or unknown when none is named.
function agentOf(
  tokens: readonly Token[],
  text: string,
  from: number,
  end: number,
  speaker: Speaker,
): Role {
  for (let i = from + 1; i < end - 1; i++) {
    if (tokens[i].norm !== 'by') continue;
    const agent = subjectOf(tokens, text, i + 1, end);
    return agent === undefined ? 'unknown' : resolveRole(agent.role, speaker);
  }
  return 'unknown';
}

function quoteBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === ':' || char === '"' || char === '“' || char === '”' || char === '«') return true;
  }
  return false;
}

// "she said: …", "he told me that …", "they said it was …": the speech starts a clause.
function startsSpeech(tokens: readonly Token[], text: string, i: number): boolean {
  const previous = tokens[i - 1];
  const previousWord = wordFacts(previous.norm);
  const afterVerb =
    previousWord.speechVerb ||
    (i >= 2 && previousWord.objectPronoun && wordFacts(tokens[i - 2].norm).speechVerb);
  if (!afterVerb) return false;
  return (
    quoteBetween(text, previous.end, tokens[i].start) ||
    tokens[i].norm === 'that' ||
    tokens[i].norm === "that's" ||
    isSubjectWord(tokens[i])
  );
}

// "if I do not hear back I will cancel": the main clause starts at the second subject pronoun.
function ifMainClause(tokens: readonly Token[], start: number, i: number): boolean {
  if (!wordFacts(tokens[start].norm).conditionalOpener || i - start < 3) return false;
  const norm = tokens[i].norm;
  const previous = tokens[i - 1].norm;
  const word = wordFacts(norm);
  const pronoun = word.firstPerson || norm === 'we' || norm === 'you' || word.thirdPerson;
  return pronoun && !wordFacts(previous).speechVerb && previous !== 'that' && previous !== 'and';
}

function speechVerbAt(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (wordFacts(tokens[i].norm).speechVerb) return true;
  return false;
}

function isResolved(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const norm = tokens[i].norm;
    if (norm === 'no' && tokens[i + 1]?.norm === 'longer') return true;
    if (!wordFacts(norm).resolution) continue;
    if (norm === 'over' && tokens[i + 1] !== undefined && tokens[i + 1].clause === tokens[i].clause)
      continue;
    let negated = false;
    for (let j = Math.max(start, i - 3); j < i; j++)
      negated ||= isNegatorToken(tokens[j]) || tokens[j].norm === 'still';
    if (!negated) return true;
  }
  return false;
}

/** The clause holding a token (clauses are in order). */
export function clauseAt(clauses: readonly Clause[], token: number): Clause {
  let low = 0;
  let high = clauses.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (clauses[middle].startToken <= token) low = middle;
    else high = middle - 1;
  }
  return clauses[low];
}
