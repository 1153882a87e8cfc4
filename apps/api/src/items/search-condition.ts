import { invalidField } from '../common/domain-error';

/** Trigram indexes need three characters to narrow a substring search; shorter words read every row. */
export const MIN_SEARCH_WORD_LENGTH = 3;
const MAX_SEARCH_WORDS = 10;

/**
 * The items (aliased `alias`) whose masked text contains every word, case-insensitively: the text
 * people may see, so a search for an e-mail address or a number cannot reveal which items hold it.
 *
 * The masked text is `coalesce(redacted_text, items.text)` of a finished analysis; one index
 * cannot span both tables, so the two cases are two branches, each answered by its trigram index
 * (migration SearchTrigramIndexes), and the planner hashes their ids.
 */
export function searchCondition(
  search: string,
  alias: string,
): { sql: string; params: Record<string, string> } {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0 || words.some((word) => [...word].length < MIN_SEARCH_WORD_LENGTH))
    throw invalidField(
      'search',
      'minLength',
      `search words must be at least ${MIN_SEARCH_WORD_LENGTH} characters long`,
    );
  const matches = (column: string) =>
    words.map((_, index) => `${column} ILIKE :searchWord${index}`).join(' AND ');
  return {
    sql: `${alias}.id IN (
      SELECT masked.item_id FROM item_analyses masked
        WHERE masked.status = 'done' AND ${matches('masked.redacted_text')}
      UNION ALL
      SELECT plain.id FROM items plain JOIN item_analyses unmasked ON unmasked.item_id = plain.id
        WHERE unmasked.status = 'done' AND unmasked.redacted_text IS NULL AND ${matches('plain.text')})`,
    params: Object.fromEntries(
      words.map((word, index) => [`searchWord${index}`, `%${word.replace(/[\\%_]/g, '\\$&')}%`]),
    ),
  };
}
