import type { Token } from '../text/tokenize';

/** A quoted span of the analysed (redacted) text that supports a tag. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

/** At most this many distinct quotes per flag, each at most this long: enough to judge, bounded for any input. */
export const MAX_EVIDENCE_PER_FLAG = 5;
export const MAX_EVIDENCE_CHARS = 200;

/** The evidence span covering tokens [startToken, endToken). */
export function spanOf(
  text: string,
  tokens: readonly Token[],
  startToken: number,
  endToken: number,
): Evidence {
  const start = tokens[startToken].start;
  const end = tokens[endToken - 1].end;
  return { text: text.slice(start, end), start, end };
}

/**
 * The span [start, end) of `text`, cut to at most MAX_EVIDENCE_CHARS at a word boundary around
 * `focus` (the offset of the words that matter) when longer.
 */
export function boundedSpan(text: string, start: number, end: number, focus = start): Evidence {
  if (end - start > MAX_EVIDENCE_CHARS) {
    let from = Math.max(start, Math.min(focus - 40, end - MAX_EVIDENCE_CHARS));
    if (from > start) {
      const space = text.indexOf(' ', from);
      if (space >= 0 && space < from + 30) from = space + 1;
    }
    let to = Math.min(end, from + MAX_EVIDENCE_CHARS);
    if (to < end) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_EVIDENCE_CHARS / 2) to = space;
    }
    start = from;
    end = to;
  }
  return { text: text.slice(start, end), start, end };
}

/**
 * Keeps evidence distinct (one quote of each wording, case and spacing aside) and bounded:
 * at most MAX_EVIDENCE_PER_FLAG quotes of at most MAX_EVIDENCE_CHARS, in the given order.
 */
export function boundEvidence(evidence: readonly Evidence[], source?: string): Evidence[] {
  const seen = new Set<string>();
  const kept: Evidence[] = [];
  for (const span of evidence) {
    const bounded =
      span.end - span.start > MAX_EVIDENCE_CHARS && source !== undefined
        ? boundedSpan(source, span.start, span.end)
        : span.text.length > MAX_EVIDENCE_CHARS
          ? {
              ...span,
              text: span.text.slice(0, MAX_EVIDENCE_CHARS),
              end: span.start + MAX_EVIDENCE_CHARS,
            }
          : span;
    const key = bounded.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(bounded);
    if (kept.length === MAX_EVIDENCE_PER_FLAG) break;
  }
  return kept;
}
