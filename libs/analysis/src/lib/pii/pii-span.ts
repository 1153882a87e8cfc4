/** The kinds of personal data masked in free text; each has its own placeholder. */
export type PiiKind =
  | 'name'
  | 'address'
  | 'postcode'
  | 'national-id'
  | 'email'
  | 'phone'
  | 'card'
  | 'cvv'
  | 'iban'
  | 'account';

export interface Range {
  start: number;
  end: number;
}

/** Where personal data stands in the original text: [start, end) in characters. */
export interface PiiSpan extends Range {
  type: PiiKind;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && a.end > b.start;

// Shared, not a fresh default closure per call: these run a dozen times for every text.
const acceptAll = (): boolean => true;

/**
 * Every match of the global `pattern` whose `group` passes `accept`, as a range of that group:
 * a cue word matched before the value stays outside the range.
 */
export function rangesOf(
  text: string,
  pattern: RegExp,
  group = 0,
  accept: (value: string) => boolean = acceptAll,
): Range[] {
  const ranges: Range[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[group];
    if (value === undefined || value === '' || !accept(value)) continue;
    const start = match.index + match[0].lastIndexOf(value);
    ranges.push({ start, end: start + value.length });
  }
  return ranges;
}

export const spansOf = (
  type: PiiKind,
  text: string,
  pattern: RegExp,
  group = 0,
  accept?: (value: string) => boolean,
): PiiSpan[] => {
  const ranges = rangesOf(text, pattern, group, accept);
  const spans: PiiSpan[] = [];
  for (const { start, end } of ranges) spans.push({ type, start, end });
  return spans;
};
