import { clauseAt, type Clause, type Role } from '../clauses/clause-analysis';
import { PhraseMatcher } from '../text/phrase-pattern';
import type { Token } from '../text/tokenize';
import { WARNING_SIGNS, type FlagType, type SignRule, type Writer } from './sign-types';

/** A rule match that survived the checks on who acts, negation, condition and context. */
export interface RuleHit {
  type: FlagType;
  confidence: number;
  startToken: number;
  endToken: number;
  clause: Clause;
}

/**
 * Who may act in a clause that raises each sign, by whose words the clause is. Decisions:
 * - excuse: staff deflecting; a customer's own "out of my control" is not an excuse, but staff
 *   speech a customer reports ("she said it's out of her hands") is.
 * - blame: staff blaming the customer ("you should have"), or a customer reporting being blamed;
 *   not self-blame ("I blame myself") nor a third party's.
 * - churn risk and escalation: the customer acts ("they closed my account" is not the customer
 *   leaving; the collector's lawsuit is not the customer escalating). In a staff note the
 *   customer is "the customer", "he" or "she".
 * - overload and staff conduct: staff or the organisation (or nobody named: "rude staff");
 *   never the customer ("I'm swamped at work", "I was rude to the agent").
 * - delay, runaround, policy friction: anyone but a third party.
 */
const ACTORS: Partial<Record<FlagType, Record<Writer, readonly Role[]>>> = {
  excuse: { customer: ['staff', 'unknown'], staff: ['staff', 'unknown', 'third-party'] },
  blame: { customer: ['staff', 'unknown'], staff: ['customer', 'unknown', 'third-party'] },
  'churn-risk': { customer: ['customer', 'unknown'], staff: ['customer', 'third-party'] },
  escalation: { customer: ['customer', 'unknown'], staff: ['customer', 'third-party'] },
  overload: { customer: ['staff', 'unknown'], staff: ['staff', 'unknown', 'third-party'] },
  'staff-conduct': { customer: ['staff', 'unknown'], staff: ['staff', 'unknown'] },
  delay: { customer: ['customer', 'staff', 'unknown'], staff: ['customer', 'staff', 'unknown'] },
  runaround: {
    customer: ['customer', 'staff', 'unknown'],
    staff: ['customer', 'staff', 'unknown'],
  },
};
// A stated end of the problem ("the backlog is cleared") cancels these.
const CANCELLED_WHEN_RESOLVED = new Set<FlagType>(['overload', 'delay', 'runaround']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", "we're", 'myself']);
const APOLOGY_STEMS = new Set(['sorri', 'apolog', 'apologis', 'apologiz', 'regret']);

/** The built-in features the sign model reads next to the words: one per warning sign, plus an apology. */
export const RULE_FEATURES = [...WARNING_SIGNS, 'apology'] as const;

/** Finds rule matches and keeps those whose clause fits the sign. */
export class SignRuleMatcher {
  private readonly matchers: Record<Writer, PhraseMatcher<{ type: FlagType; confidence: number }>>;

  constructor(rules: readonly SignRule[]) {
    const entriesFor = (writer: Writer) =>
      rules.flatMap((rule) => {
        const confidence = rule.confidence[writer];
        if (confidence === undefined) return [];
        return rule.patterns.map((pattern) => [pattern, { type: rule.type, confidence }] as const);
      });
    this.matchers = {
      customer: PhraseMatcher.fromSources(entriesFor('customer')),
      staff: PhraseMatcher.fromSources(entriesFor('staff')),
    };
  }

  hits(
    tokens: readonly Token[],
    clauses: readonly Clause[],
    negated: Uint8Array,
    writer: Writer,
  ): RuleHit[] {
    const hits: RuleHit[] = [];
    const coveredUntil = new Map<FlagType, number>();
    for (const match of this.matchers[writer].match(tokens)) {
      const { type, confidence } = match.payload;
      // One stretch of text is one cue: overlapping patterns of the same sign count once.
      if (match.startToken < (coveredUntil.get(type) ?? 0)) continue;
      if (negated[match.startToken] === 1) continue;
      const clause = clauseAt(clauses, match.startToken);
      if (!fitsContext(type, clause, tokens, match.startToken, match.endToken)) continue;
      coveredUntil.set(type, match.endToken);
      hits.push({
        type,
        confidence,
        startToken: match.startToken,
        endToken: match.endToken,
        clause,
      });
    }
    return hits;
  }
}

function fitsContext(
  type: FlagType,
  clause: Clause,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  // A hypothetical ("if I don't hear back by Friday") is not an event.
  if (clause.conditional) return false;
  if (clause.resolved && CANCELLED_WHEN_RESOLVED.has(type)) return false;
  const allowed = ACTORS[type]?.[clause.speaker];
  if (allowed !== undefined && !allowed.includes(clause.actor)) return false;
  if (type === 'excuse' && clause.speaker === 'customer' && clause.actor !== 'staff') {
    for (let i = start; i < end; i++) if (FIRST_PERSON.has(tokens[i].norm)) return false;
  }
  // "I'm sorry, you shouldn't have had to chase us" is sympathy, not blame.
  if (type === 'blame' && clause.speaker === 'staff' && sentenceApologises(tokens, clause.sentence))
    return false;
  return true;
}

function sentenceApologises(tokens: readonly Token[], sentence: number): boolean {
  for (const token of tokens) {
    if (
      token.sentence === sentence &&
      (APOLOGY_STEMS.has(token.stem) || token.stem.startsWith('apolog'))
    )
      return true;
  }
  return false;
}

/** The rule features of a token range: the strongest surviving hit of each sign, and whether staff apologise. */
export function ruleFeatures(
  hits: readonly RuleHit[],
  tokens: readonly Token[],
  from: number,
  to: number,
): number[] {
  const features = new Array<number>(RULE_FEATURES.length).fill(0);
  for (const hit of hits) {
    if (hit.startToken < from || hit.startToken >= to) continue;
    const index = (WARNING_SIGNS as readonly string[]).indexOf(hit.type);
    if (index >= 0) features[index] = Math.max(features[index], hit.confidence);
  }
  for (let i = from; i < to; i++) {
    if (tokens[i].stem.startsWith('apolog') || tokens[i].stem === 'sorri') {
      features[RULE_FEATURES.length - 1] = 1;
      break;
    }
  }
  return features;
}
