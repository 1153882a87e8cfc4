import { formatNumber } from '../../lib/format';
import { characterCount } from '../../lib/text';

export interface ListLimits {
  /** Characters per entry. */
  maxLength: number;
  /** Entries in the list. */
  maxItems: number;
  /** What one entry is called, for messages ("alias", "keyword"). */
  noun: string;
}

export type AddResult = { values: string[]; problem: null } | { values: null; problem: string };

/**
 * Adds an entry the way the API will store it: trimmed, not blank, not a repeat (ignoring
 * case and spacing), within the length and count limits. Returns the new list or the problem.
 */
export function addEntry(values: readonly string[], raw: string, limits: ListLimits): AddResult {
  const entry = raw.trim().replace(/\s+/g, ' ');
  const one = withArticle(limits.noun);
  if (!entry) return { values: null, problem: `Type ${one} first` };
  if (characterCount(entry) > limits.maxLength) {
    return {
      values: null,
      problem: `${capitalise(one)} is at most ${formatNumber(limits.maxLength)} characters`,
    };
  }
  const key = normalise(entry);
  if (values.some((value) => normalise(value) === key)) {
    return { values: null, problem: `“${entry}” is already in the list` };
  }
  if (values.length >= limits.maxItems) {
    return {
      values: null,
      problem: `The list holds at most ${formatNumber(limits.maxItems)} entries`,
    };
  }
  return { values: [...values, entry], problem: null };
}

export function removeEntry(values: readonly string[], index: number): string[] {
  return values.filter((_, position) => position !== index);
}

function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "an alias", "a keyword" */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
