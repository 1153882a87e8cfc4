import { spanOf, type Evidence } from '../evidence/evidence';
import { PhraseMatcher } from '../text/phrase-pattern';
import type { TokenizedText } from '../text/tokenize';
import type { FlagType, SignRule, Writer } from './sign-types';

export interface Flag {
  type: FlagType;
  confidence: number;
  evidence: Evidence[];
}

interface RuleHit {
  type: FlagType;
  confidence: number;
}

/** Several independent cues of one sign make it likelier: 1 − Π(1 − cᵢ), kept below certainty. */
export function combineConfidences(confidences: readonly number[]): number {
  const combined =
    1 - confidences.reduce((remaining, confidence) => remaining * (1 - confidence), 1);
  return Math.round(Math.min(combined, 0.99) * 1000) / 1000;
}

/** Finds warning signs and protocol cues with one phrase matcher per kind of writer. */
export class SignDetector {
  private readonly matchers: Record<Writer, PhraseMatcher<RuleHit>>;

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

  detect(tokenized: TokenizedText, writer: Writer): Flag[] {
    const byType = new Map<FlagType, { confidences: number[]; evidence: Evidence[] }>();
    const coveredUntil = new Map<FlagType, number>();
    for (const match of this.matchers[writer].match(tokenized.tokens)) {
      if (match.negated) continue;
      // One stretch of text is one cue: overlapping patterns of the same sign count once.
      if (match.startToken < (coveredUntil.get(match.payload.type) ?? 0)) continue;
      coveredUntil.set(match.payload.type, match.endToken);
      const entry = byType.get(match.payload.type) ?? { confidences: [], evidence: [] };
      entry.confidences.push(match.payload.confidence);
      entry.evidence.push(
        spanOf(tokenized.text, tokenized.tokens, match.startToken, match.endToken),
      );
      byType.set(match.payload.type, entry);
    }
    return [...byType].map(([type, { confidences, evidence }]) => ({
      type,
      confidence: combineConfidences(confidences),
      evidence,
    }));
  }
}
