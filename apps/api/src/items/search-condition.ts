import { invalidField } from '../common/domain-error';

const MAX_SEARCH_TERMS = 10;

/** The text-search configuration of the items' word index: lower-cased words, no stemming, any language. */
const WORDS = `'simple'`;

/** A search's terms: "quoted phrases" and single words, each holding a letter or a digit. */
export function searchTerms(search: string): string[] {
  const terms = [...search.matchAll(/"([^"]*)"?|[^\s"]+/g)]
    .map((match) => (match[1] ?? match[0]).trim())
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
  return terms.slice(0, MAX_SEARCH_TERMS);
}

/** to_tsquery text: every term must occur; a term of several words (a phrase) in that order. */
export function searchQuery(terms: string[]): string {
  // Quoted, a term is parsed like the indexed text; its words become a phrase (<->).
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

/**
 * The items (aliased `alias`) whose masked text contains every term as whole words, in any case:
 * the text people may see, so a search for an e-mail address or a number cannot reveal which
 * items hold it.
 *
 * Words are matched through the word index on items.text (`items_text_words`). Each letter-or-digit
 * run of a term must also occur in the text, checked first: a cheap necessary condition (every
 * indexed word is a lower-cased piece of the text), so a plan that walks the newest items in order
 * parses only the texts that contain the term. The masked text (item_analyses.redacted_text, set
 * when something was masked) must match too; a scalar subquery keeps that check per candidate row
 * on a small partial index, where a join would read every masked analysis.
 */
export function searchCondition(
  search: string,
  alias: string,
): { sql: string; params: Record<string, string> } {
  const terms = searchTerms(search);
  if (terms.length === 0)
    throw invalidField('search', 'hasWord', 'search needs a word with a letter or a digit');
  const pieces = [...new Set(terms.flatMap((term) => term.match(/[\p{L}\p{N}]+/gu) ?? []))];
  const query = `to_tsquery(${WORDS}, :searchQuery)`;
  return {
    sql: `${pieces.map((_, index) => `${alias}.text ILIKE :searchPiece${index}`).join(' AND ')}
      AND to_tsvector(${WORDS}, ${alias}.text) @@ ${query}
      AND coalesce((SELECT false FROM item_analyses masked WHERE masked.item_id = ${alias}.id
        AND (masked.status <> 'done' OR masked.redacted_text IS NOT NULL)
        AND NOT (masked.status = 'done' AND to_tsvector(${WORDS}, masked.redacted_text) @@ ${query})), true)`,
    params: {
      searchQuery: searchQuery(terms),
      // Letters and digits only: nothing to escape in a LIKE pattern.
      ...Object.fromEntries(pieces.map((piece, index) => [`searchPiece${index}`, `%${piece}%`])),
    },
  };
}
