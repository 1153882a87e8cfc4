import type { FlagType, FlagVerdict } from '../../graphql/generated/graphql';
import { FLAG_TYPES, isProtocolCue } from '../../lib/labels';

/** One warning sign on an item as a reviewer sees it: what raised it and the verdict so far. */
export interface FlagReviewRow {
  type: FlagType;
  /** The highest confidence among its flags; null when a rejection removed them. */
  confidence: number | null;
  evidence: string[];
  verdict: FlagVerdict | null;
}

/**
 * The item's warning signs to confirm or reject, in the usual order of signs: those flagged now
 * (in its text or timeline, merged per sign) and those a person rejected (no longer flagged, so
 * only the verdict remembers them). Protocol cues are not reviewed.
 */
export function flagReviewRows(
  flags: readonly { type: FlagType; confidence: number; evidence: readonly string[] }[],
  reviews: readonly { type: FlagType; verdict: FlagVerdict; evidence: readonly string[] }[],
): FlagReviewRow[] {
  const rows = new Map<FlagType, FlagReviewRow>();
  for (const flag of flags) {
    if (isProtocolCue(flag.type)) continue;
    const row = rows.get(flag.type) ?? {
      type: flag.type,
      confidence: flag.confidence,
      evidence: [],
      verdict: null,
    };
    row.confidence = Math.max(row.confidence ?? 0, flag.confidence);
    for (const quote of flag.evidence) if (!row.evidence.includes(quote)) row.evidence.push(quote);
    rows.set(flag.type, row);
  }
  for (const review of reviews) {
    const row = rows.get(review.type);
    if (row) row.verdict = review.verdict;
    else
      rows.set(review.type, {
        type: review.type,
        confidence: null,
        evidence: [...review.evidence],
        verdict: review.verdict,
      });
  }
  return FLAG_TYPES.flatMap((type) => rows.get(type) ?? []);
}
