import { DataSource } from 'typeorm';
import { refreshAllQueuedItems } from '../../src/insights/aggregates/aggregates.service';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import {
  ARRIVAL_MEASURES,
  COMPLETION_MEASURES,
  definitionOf,
  type Measure,
  measureSql,
  perPolicyOnly,
} from '../../src/insights/read-model/measures';
import { ZERO_UUID } from '../../src/insights/read-model/rollups';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The link between the measures' one definition (read-model/measures.ts, from which the reader is
 * built) and the rollups the migrations store with their own frozen SQL: the same columns, and
 * on a demo organisation the same sums per rollup row from the stored rollups as from the
 * definitions over the item facts. A measure added in one place only, or written differently,
 * fails here.
 */
const MEASURES = [
  ...Object.keys(ARRIVAL_MEASURES),
  ...Object.keys(COMPLETION_MEASURES),
] as Measure[];

const TIERS = [
  { table: 'insight_rollup', bucket: 'day', keys: ['team_id', 'kind', 'channel'] },
  { table: 'insight_rollup_weekly', bucket: 'week', keys: ['team_id', 'kind'] },
] as const;
type Tier = (typeof TIERS)[number];

/** A rollup row's key and one measure's sum in it, rounded (float sums differ in the last bits). */
type Sums = Map<string, number>;
const sumOf = (measure: Measure) => `round(sum(${measure})::numeric, 4)::float8`;

function collect(rows: Record<string, unknown>[], keys: readonly string[]): Sums {
  const sums: Sums = new Map();
  for (const row of rows) {
    const key = ['bucket', 'dim', 'dim_id', ...keys].map((name) => String(row[name])).join('|');
    for (const measure of MEASURES) {
      const value = Number(row[measure]);
      if (value !== 0) sums.set(`${measure}|${key}`, value);
    }
  }
  return sums;
}

function storedSql({ table, bucket, keys }: Tier): string {
  const columns = ['dim', 'dim_id', ...keys].join(', ');
  return `SELECT ${bucket}::text AS bucket, ${columns}, ${MEASURES.map((m) => `${sumOf(m)} AS ${m}`).join(', ')}
            FROM ${table} GROUP BY ${bucket}, ${columns}`;
}

/** The same rows from the definitions: every fact for all items, per theme and per policy. */
function definedSql({ bucket, keys }: Tier): string {
  const value = (measure: Measure) =>
    perPolicyOnly(measure)
      ? `CASE WHEN f.dim = 2 THEN ${measureSql(measure, 'f.dim_id')} ELSE 0 END`
      : measureSql(measure, null);
  const part = (day: 'received_at' | 'resolved_at', own: readonly string[], only = '') =>
    `SELECT date_trunc('${bucket}', f.${day} AT TIME ZONE 'UTC')::date AS bucket, f.dim, f.dim_id, ${keys.map((k) => `f.${k}`).join(', ')},
            ${MEASURES.map((m) => `${own.includes(m) ? value(m) : '0'} AS ${m}`).join(', ')}
       FROM expanded f ${only}`;
  const columns = ['dim', 'dim_id', ...keys].join(', ');
  return `WITH expanded AS (
            SELECT f.*, d.dim, d.dim_id FROM insight_item_facts f CROSS JOIN LATERAL (
              SELECT 0 AS dim, '${ZERO_UUID}'::uuid AS dim_id
              UNION ALL SELECT 1, t FROM unnest(f.theme_ids) AS t
              UNION ALL SELECT 2, p FROM unnest(f.linked_policy_ids) AS p
            ) d
          )
          SELECT x.bucket::text AS bucket, ${columns}, ${MEASURES.map((m) => `${sumOf(m)} AS ${m}`).join(', ')}
            FROM (${part('received_at', Object.keys(ARRIVAL_MEASURES))}
                  UNION ALL
                  ${part('resolved_at', Object.keys(COMPLETION_MEASURES), 'WHERE f.lead_ms IS NOT NULL AND f.resolved_at IS NOT NULL')}) x
           GROUP BY x.bucket, ${columns}`;
}

/** The functions that write the rollups: the rebuild and the triggers on the item facts. */
const WRITERS = [
  'insight_rebuild',
  'insight_facts_inserted',
  'insight_facts_updated',
  'insight_facts_deleted',
];

/**
 * How the rollup writers spell a measure's contribution: the definition over the expanded fact
 * `e` times its sign (+1 added, −1 taken away); a per-policy measure guarded by dim 2.
 */
function writtenAs(measure: Measure): string {
  const { sql } = definitionOf(measure);
  if (sql === '1') return `e.sign AS ${measure}`;
  const own = sql.replace(/\bf\./g, 'e.');
  const guarded = perPolicyOnly(measure)
    ? own.replace(/\{policy\}/g, 'e.dim_id').replace(/^\(/, '(e.dim = 2 AND ')
    : own;
  return `e.sign * ${guarded} AS ${measure}`;
}

describe('measures (read-model/measures.ts) and the stored rollups', () => {
  let api: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    dataSource = api.app.get(DataSource);
    // A fixed day and seed: the same organisation whenever the suite runs.
    await seedDemoData(dataSource, {
      items: 1000,
      password: 'demo-password-1',
      replace: true,
      now: new Date(Date.UTC(2026, 10, 18)),
      log: () => undefined,
    });
    await refreshAllQueuedItems(dataSource.manager);
  }, 180_000);
  afterAll(() => api.close());

  it.each(TIERS)(
    '$table has a column of the defined type for each measure, and no other',
    async ({ table, bucket, keys }) => {
      const columns = await dataSource.query<{ name: string; type: string }[]>(
        `SELECT column_name AS name, data_type AS type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = $1 AND NOT (column_name = ANY($2))
        ORDER BY column_name`,
        [table, [bucket, 'dim', 'dim_id', ...keys, 'compacted']],
      );
      const defined = MEASURES.map((name) => ({ name, type: definitionOf(name).type })).sort(
        (a, b) => a.name.localeCompare(b.name),
      );
      expect(columns).toEqual(defined);
    },
  );

  const functionText = async (name: string) =>
    (
      await dataSource.query<{ definition: string }[]>(
        `SELECT pg_get_functiondef(p.oid) AS definition FROM pg_proc p WHERE p.proname = $1`,
        [name],
      )
    )[0].definition;

  it.each(WRITERS)('%s() computes every measure as defined', async (writer) => {
    const definition = await functionText(writer);
    expect(MEASURES.filter((measure) => !definition.includes(writtenAs(measure)))).toEqual([]);
  });

  it('insight_compact_rollups() merges every measure (a column it leaves out would be lost)', async () => {
    const definition = await functionText('insight_compact_rollups');
    const merged = (m: Measure) => `sum(g.${m})::${definitionOf(m).type} AS ${m}`;
    expect(MEASURES.filter((measure) => !definition.includes(merged(measure)))).toEqual([]);
  });

  it.each(TIERS)(
    '$table holds, per row, the sums the definitions give over the item facts',
    async (tier) => {
      const stored = collect(await dataSource.query(storedSql(tier)), tier.keys);
      const defined = collect(await dataSource.query(definedSql(tier)), tier.keys);
      // Every measure has values in the demo: one that is always 0 would prove nothing here.
      const seen = new Set([...defined.keys()].map((key) => key.split('|')[0]));
      expect(MEASURES.filter((measure) => !seen.has(measure))).toEqual([]);
      const differing: Record<string, string[]> = {};
      for (const key of new Set([...stored.keys(), ...defined.keys()])) {
        if (stored.get(key) === defined.get(key)) continue;
        const [measure, ...row] = key.split('|');
        (differing[measure] ??= []).push(
          `${row.join(' ')}: stored ${stored.get(key) ?? 0}, defined ${defined.get(key) ?? 0}`,
        );
      }
      expect(
        Object.fromEntries(Object.entries(differing).map(([m, rows]) => [m, rows.slice(0, 3)])),
      ).toEqual({});
      expect(stored.size).toBeGreaterThan(1000);
    },
  );
});
