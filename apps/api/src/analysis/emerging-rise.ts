import { atLeastDoubled, type PhraseRise } from '@fulcrum/analysis';
import { benjaminiHochberg, fisherExactGreater } from '@fulcrum/signals';

/** The expected share of false discoveries among the topics listed. */
const FALSE_DISCOVERY_RATE = 0.05;

/**
 * A phrase emerged when its share at least doubled and the rise is significant: Fisher's exact
 * test per phrase, Benjamini–Hochberg across all phrases tested, so that a handful of items ("thanks"
 * in 4 of a quiet week's texts) is not a topic by chance. With no earlier texts at all (a new
 * organisation) there is nothing to test against: every common phrase is new, as the library says.
 */
export function risenClearly(candidates: readonly PhraseRise[]): boolean[] {
  const q = benjaminiHochberg(
    candidates.map((c) =>
      fisherExactGreater(c.documents, c.texts, c.baselineDocuments, c.baselineTexts),
    ),
  );
  return candidates.map(
    (c, i) => c.baselineTexts === 0 || (atLeastDoubled(c) && q[i] <= FALSE_DISCOVERY_RATE),
  );
}
