import { Client } from 'pg';
import { graphql } from './graphql-client';
import { type BenchSection } from './report';
import { databaseOf, withInstance } from './reliability/instance';
import { formatNumber, percentile } from './stats';

const ITEMS = 1_000_000;
const RUNS = 20;

// Texts of a dozen words: 'thank' in every item, 'refund' in about one in nine, a topic word in
// one in 300, an order number in one in 100,000. One item in five has a masked copy (its order
// number masked), as texts with contact details do.
const INSERT_ITEMS = `
  INSERT INTO items (kind, source, channel, text, received_at)
  SELECT 'complaint', 'external_customer', 'email',
         'Thank you, my ' || (ARRAY['parcel', 'order', 'invoice', 'laptop', 'badge', 'payslip'])[1 + g % 6]
         || CASE WHEN g % 9 = 0 THEN ' refund' ELSE ' delivery' END
         || ' is still waiting, topic' || (g % 300) || ', order ' || (g % 100000),
         now() - (g % 700) * interval '1 day' - (g % 1440) * interval '1 minute'
    FROM generate_series(1, $1::int) AS g`;

const SEARCHES = [
  { words: 'thank', matches: 'every item' },
  { words: 'refund', matches: 'one in 9' },
  { words: 'topic42', matches: 'one in 300' },
  { words: 'order 12345', matches: '10 items' },
];

/**
 * items(search:) through the API on 1,000,000 items written straight to the tables (triggers
 * off: the aggregates are not what this measures), then VACUUM ANALYZE.
 */
export async function benchSearch(): Promise<BenchSection> {
  return withInstance({ separateDatabase: true }, async (instance) => {
    const client = new Client({ connectionString: databaseOf(instance).url });
    await client.connect();
    try {
      console.log(`Writing ${formatNumber(ITEMS)} items for the search benchmark…`);
      await client.query(`SET session_replication_role = replica`);
      await client.query(INSERT_ITEMS, [ITEMS]);
      await client.query(
        `INSERT INTO item_analyses (item_id, status, model_version, redacted_text)
         SELECT id, 'done', 'bench',
                CASE WHEN abs(hashtext(id::text)) % 5 = 1 THEN regexp_replace(text, 'order [0-9]+', 'order [number]') END
           FROM items`,
      );
      await client.query('VACUUM ANALYZE items');
      await client.query('VACUUM ANALYZE item_analyses');
    } finally {
      await client.end();
    }
    const query = `query ($filter: ItemFilterInput) { items(first: 50, filter: $filter) { totalCount totalCountIsLowerBound nodes { id } } }`;
    const rows: string[][] = [];
    for (const search of SEARCHES) {
      const times: number[] = [];
      let answer = '';
      for (let run = 0; run < RUNS + 2; run++) {
        const started = performance.now();
        const { items } = await graphql<{
          items: { totalCount: number; totalCountIsLowerBound: boolean };
        }>(instance.api.url, query, { filter: { search: search.words } }, instance.manager);
        if (run >= 2) times.push(performance.now() - started);
        answer = `${items.totalCountIsLowerBound ? 'more than ' : ''}${formatNumber(items.totalCount)}`;
      }
      rows.push([
        `\`${search.words}\` (${search.matches})`,
        answer,
        `${formatNumber(percentile(times, 50))} ms`,
        `${formatNumber(percentile(times, 95))} ms`,
      ]);
    }
    return {
      title: 'Search through the API at 1,000,000 items',
      method: `items(search:) over GraphQL as a manager (count and first page of 50), ${RUNS} runs after 2 warm-up ones, on ${formatNumber(ITEMS)} generated items, one in five with a masked copy (triggers off while writing, then VACUUM ANALYZE). Words are matched whole (PostgreSQL full-text search, items_text_words). A search counts its matches up to 1,000 and then says "more than 1,000" (totalCountIsLowerBound).`,
      columns: ['search', 'totalCount', 'p50', 'p95'],
      rows,
    };
  });
}
