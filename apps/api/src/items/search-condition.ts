import { invalidField } from '../common/domain-error';

/** Trigram indexes need three characters to narrow a substring search. */
export const MIN_INDEXED_WORD_LENGTH = 3;
const MAX_SEARCH_WORDS = 10;

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The items (aliased `alias`) whose masked text contains every word, case-insensitively: the text
 * people may see, so a search for an e-mail address or a number cannot reveal which items hold it.
 *
 * The masked text is `coalesce(redacted_text, items.text)` of a finished analysis, across two
 * tables, which one index cannot cover. Masking only replaces spans, so a word in the masked text
 * is in items.text too (unless it overlaps a mask's placeholder): the words of three characters or
 * more narrow the rows on items.text's trigram index (or, for common words, the planner walks the
 * newest items and checks them), then every word is checked on the masked text itself.
 */
export function searchCondition(
  search: string,
  alias: string,
): { sql: string; params: Record<string, string> } {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  const indexed = words.flatMap((word, index) =>
    [...word].length >= MIN_INDEXED_WORD_LENGTH ? [index] : [],
  );
  if (indexed.length === 0)
    throw invalidField(
      'search',
      'minLength',
      `search needs a word of at least ${MIN_INDEXED_WORD_LENGTH} characters`,
    );
  const masked = `coalesce(masked.redacted_text, ${alias}.text)`;
  return {
    sql: `${indexed.map((index) => `${alias}.text ILIKE :searchWord${index}`).join(' AND ')}
      AND EXISTS (SELECT 1 FROM item_analyses masked WHERE masked.item_id = ${alias}.id
        AND masked.status = 'done'
        AND ${words.map((_, index) => `${masked} ILIKE :searchWord${index}`).join(' AND ')})`,
    params: Object.fromEntries(
      words.map((word, index) => [`searchWord${index}`, likePattern(word)]),
    ),
  };
}
