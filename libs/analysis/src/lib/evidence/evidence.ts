import type { Token } from '../text/tokenize';

/** A quoted span of the analysed (redacted) text that supports a tag. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

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
