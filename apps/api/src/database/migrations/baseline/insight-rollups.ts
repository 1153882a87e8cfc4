// The baseline's rollups of the insight aggregates: the additive measures (a frozen copy of what
// apps/api/src/insights/read-model/measures.ts defined when the baseline was made; the measures
// spec checks that the two still agree), the SQL that appends an item's signed contributions to
// both tiers and to the duration histograms, compaction and the full rebuild.

import { factNames, ZERO_UUID } from './insight-facts';

const firstResponseElapsed = `coalesce(e.first_response_ms, (extract(epoch FROM e.resolved_at - e.received_at) * 1000)::bigint)`;
const resolutionElapsed = `(extract(epoch FROM e.resolved_at - e.received_at) * 1000)::bigint`;

const flag = (type: string) => `(e.flags & insight_flag_bit('${type}')) <> 0`;
/** Acknowledged, options offered, followed through, satisfaction checked, feedback asked. */
const PROTOCOL_STEPS = [
  `(${flag('protocol-apology')})`,
  `(${flag('protocol-options')} OR e.viability IS NOT DISTINCT FROM 'soft_no')`,
  `(e.follow_ups > 0 OR ${flag('protocol-follow-through')})`,
  `(e.satisfaction_checks > 0 OR ${flag('protocol-satisfaction-check')})`,
  `(${flag('protocol-feedback-request')})`,
];

/** Additive measures of the rollups: [column, type, arrival expression, completion expression]. */
export const MEASURES: [string, string, string, string][] = [
  ['arrivals', 'integer', 'e.sign', '0'],
  ['analysed', 'integer', 'e.sign * (e.sentiment IS NOT NULL)::int', '0'],
  ['negative', 'integer', `e.sign * (e.sentiment IS NOT DISTINCT FROM 'negative')::int`, '0'],
  ['sentiment_sum', 'double precision', 'e.sign * coalesce(e.sentiment_score, 0)', '0'],
  ['rated', 'integer', 'e.sign * (e.satisfaction IS NOT NULL)::int', '0'],
  ['satisfaction_sum', 'integer', 'e.sign * coalesce(e.satisfaction, 0)', '0'],
  ['responded', 'integer', 'e.sign * (e.first_response_at IS NOT NULL)::int', '0'],
  // Σ ln(1 + minutes to first response): exp(mean) − 1 is a geometric mean that outliers cannot swamp
  [
    'response_log_sum',
    'double precision',
    'e.sign * coalesce(ln(1 + e.first_response_ms / 60000.0), 0)',
    '0',
  ],
  [
    'escalated',
    'integer',
    `e.sign * (e.escalations > 0 OR e.viability IS NOT DISTINCT FROM 'escalated')::int`,
    '0',
  ],
  ['hard_noes', 'integer', `e.sign * (e.viability IS NOT DISTINCT FROM 'hard_no')::int`, '0'],
  ['soft_noes', 'integer', `e.sign * (e.viability IS NOT DISTINCT FROM 'soft_no')::int`, '0'],
  ['exceptions_granted', 'integer', 'e.sign * e.exceptions_granted', '0'],
  ['exceptions_refused', 'integer', 'e.sign * e.exceptions_refused', '0'],
  ['staff_texts', 'integer', 'e.sign * e.staff_texts', '0'],
  ['excuse_texts', 'integer', 'e.sign * e.excuse_texts', '0'],
  ['blame_texts', 'integer', 'e.sign * e.blame_texts', '0'],
  [
    'churn_flags',
    'integer',
    `e.sign * ((e.flags & insight_flag_bit('churn-risk')) <> 0)::int`,
    '0',
  ],
  [
    'overload_flags',
    'integer',
    `e.sign * ((e.flags & insight_flag_bit('overload')) <> 0)::int`,
    '0',
  ],
  // finished waiting spells of the items that arrived, and how many items had one
  ['waiting_internal_ms', 'bigint', 'e.sign * e.waiting_internal_ms', '0'],
  ['waiting_new_ms', 'bigint', 'e.sign * e.new_ms', '0'],
  ['waiting_customer_ms', 'bigint', 'e.sign * e.waiting_on_customer_ms', '0'],
  ['waited_internal', 'integer', 'e.sign * (e.waiting_internal_ms > 0)::int', '0'],
  ['waited_new', 'integer', 'e.sign * (e.new_ms > 0)::int', '0'],
  ['waited_customer', 'integer', 'e.sign * (e.waiting_on_customer_ms > 0)::int', '0'],
  // service levels, once the outcome is known (a response or a resolution happened); the first
  // response clock stops at the resolution when no reply was recorded
  [
    'first_response_met',
    'integer',
    `e.sign * coalesce((e.first_response_target_ms IS NOT NULL AND ${firstResponseElapsed} <= e.first_response_target_ms)::int, 0)`,
    '0',
  ],
  [
    'first_response_breached',
    'integer',
    `e.sign * coalesce((e.first_response_target_ms IS NOT NULL AND ${firstResponseElapsed} > e.first_response_target_ms)::int, 0)`,
    '0',
  ],
  [
    'resolution_met',
    'integer',
    `e.sign * coalesce((e.resolution_target_ms IS NOT NULL AND ${resolutionElapsed} <= e.resolution_target_ms)::int, 0)`,
    '0',
  ],
  [
    'resolution_breached',
    'integer',
    `e.sign * coalesce((e.resolution_target_ms IS NOT NULL AND ${resolutionElapsed} > e.resolution_target_ms)::int, 0)`,
    '0',
  ],
  // per linked policy (dim 2): linked explicitly, or cited in the text
  [
    'explicit_links',
    'integer',
    'e.sign * (e.dim = 2 AND e.policy_id IS NOT DISTINCT FROM e.dim_id)::int',
    '0',
  ],
  [
    'mention_links',
    'integer',
    'e.sign * (e.dim = 2 AND e.dim_id = ANY(e.mentioned_policy_ids))::int',
    '0',
  ],
  // the complaint-handling protocol: items that did step k (done) and steps 1..k (reached)
  ...PROTOCOL_STEPS.map((_, k): [string, string, string, string] => [
    `protocol_done_${k + 1}`,
    'integer',
    `e.sign * (${PROTOCOL_STEPS[k]})::int`,
    '0',
  ]),
  ...PROTOCOL_STEPS.map((_, k): [string, string, string, string] => [
    `protocol_reached_${k + 1}`,
    'integer',
    `e.sign * (${PROTOCOL_STEPS.slice(0, k + 1).join(' AND ')})::int`,
    '0',
  ]),
  ['completions', 'integer', '0', 'e.sign'],
  ['lead_ms', 'bigint', '0', 'e.sign * e.lead_ms'],
  // Σ ln(1 + lead minutes), as for responses
  ['lead_log_sum', 'double precision', '0', 'e.sign * ln(1 + greatest(0, e.lead_ms) / 60000.0)'],
  ['reopened', 'integer', '0', 'e.sign * (e.reopened > 0)::int'],
  // time in each open status of resolved items whose status changes are recorded
  ['timed_completions', 'integer', '0', 'e.sign * e.has_timeline::int'],
  ['done_new_ms', 'bigint', '0', 'e.sign * e.has_timeline::int * e.new_ms'],
  ['done_in_progress_ms', 'bigint', '0', 'e.sign * e.has_timeline::int * e.in_progress_ms'],
  [
    'done_waiting_customer_ms',
    'bigint',
    '0',
    'e.sign * e.has_timeline::int * e.waiting_on_customer_ms',
  ],
  [
    'done_waiting_internal_ms',
    'bigint',
    '0',
    'e.sign * e.has_timeline::int * e.waiting_internal_ms',
  ],
  ['done_new_items', 'integer', '0', 'e.sign * (e.has_timeline AND e.new_ms > 0)::int'],
  [
    'done_in_progress_items',
    'integer',
    '0',
    'e.sign * (e.has_timeline AND e.in_progress_ms > 0)::int',
  ],
  [
    'done_waiting_customer_items',
    'integer',
    '0',
    'e.sign * (e.has_timeline AND e.waiting_on_customer_ms > 0)::int',
  ],
  [
    'done_waiting_internal_items',
    'integer',
    '0',
    'e.sign * (e.has_timeline AND e.waiting_internal_ms > 0)::int',
  ],
];

/** Measures the covering slice indexes carry: what long-range reads (trends, spikes, backlog) need. */
export const COVERED = [
  'arrivals',
  'completions',
  'analysed',
  'negative',
  'sentiment_sum',
  'rated',
  'satisfaction_sum',
  'responded',
  'response_log_sum',
];

/** The two rollup tiers: per UTC day (with channel), and per ISO week (Monday) without channel. */
export const TIERS = [
  { table: 'insight_rollup', keys: ['day', 'dim', 'dim_id', 'team_id', 'kind', 'channel'] },
  { table: 'insight_rollup_weekly', keys: ['week', 'dim', 'dim_id', 'team_id', 'kind'] },
] as const;
const MEASURE_NAMES = MEASURES.map(([name]) => name);
const sums = (alias: string) =>
  MEASURES.map(([name, type]) => `sum(${alias}.${name})::${type} AS ${name}`).join(', ');
const nonZero = (alias: string) =>
  MEASURE_NAMES.map((name) => `sum(${alias}.${name}) <> 0`).join(' OR ');

/**
 * Appends the rollup rows contributed by `source`, a query returning insight_item_facts rows with
 * a leading `sign` (+1 to add, −1 to take away), to both tiers. Each fact counts for all items
 * (dim 0), for each of its themes (dim 1) and each linked policy (dim 2): on the day it arrived,
 * and its completion on the day it was resolved. Rows go in key order, which keeps a slice's
 * rows together on disk.
 */
function rollupRows(source: string, compacted: boolean): string {
  const arrival = MEASURES.map(([name, , expression]) => `${expression} AS ${name}`).join(', ');
  const completion = MEASURES.map(([name, , , expression]) => `${expression} AS ${name}`).join(
    ', ',
  );
  const [daily, weekly] = TIERS;
  return `
  WITH src AS (${source}),
  expanded AS (
    SELECT s.*, d.dim, d.dim_id
    FROM src s
    CROSS JOIN LATERAL (
      SELECT 0::smallint AS dim, '${ZERO_UUID}'::uuid AS dim_id
      UNION ALL SELECT 1::smallint, t FROM unnest(s.theme_ids) AS t
      UNION ALL SELECT 2::smallint, p FROM unnest(s.linked_policy_ids) AS p
    ) d
  ),
  contributions AS (
    SELECT (e.received_at AT TIME ZONE 'UTC')::date AS day, e.dim, e.dim_id, e.team_id, e.kind, e.channel, ${arrival}
    FROM expanded e
    UNION ALL
    SELECT (e.resolved_at AT TIME ZONE 'UTC')::date, e.dim, e.dim_id, e.team_id, e.kind, e.channel, ${completion}
    FROM expanded e
    WHERE e.lead_ms IS NOT NULL AND e.resolved_at IS NOT NULL
  ),
  durations AS (
    INSERT INTO insight_durations (period_start, grain, metric, dim, dim_id, team_id, kind, buckets, counts, compacted)
    SELECT h.start, h.grain, h.metric, h.dim, h.dim_id, h.team_id, h.kind,
           array_agg(h.bucket ORDER BY h.bucket), array_agg(h.n ORDER BY h.bucket), ${compacted}
    FROM (
      SELECT g.start, g.grain, d.metric, d.dim, d.dim_id, d.team_id, d.kind, d.bucket, sum(d.sign)::int AS n
      FROM (
        SELECT e.sign, e.dim, e.dim_id, CASE WHEN e.dim = 0 THEN e.team_id END AS team_id, e.kind, 1::smallint AS metric, e.first_response_bucket AS bucket, e.received_at AT TIME ZONE 'UTC' AS at
          FROM expanded e WHERE e.first_response_bucket IS NOT NULL
        UNION ALL
        SELECT e.sign, e.dim, e.dim_id, CASE WHEN e.dim = 0 THEN e.team_id END, e.kind, 2::smallint, e.lead_bucket, e.resolved_at AT TIME ZONE 'UTC'
          FROM expanded e WHERE e.lead_bucket IS NOT NULL
      ) d
      CROSS JOIN LATERAL (
        VALUES (1::smallint, date_trunc('week', d.at)::date), (2::smallint, date_trunc('month', d.at)::date)
      ) AS g(grain, start)
      GROUP BY g.start, g.grain, d.metric, d.dim, d.dim_id, d.team_id, d.kind, d.bucket
      HAVING sum(d.sign) <> 0
    ) h
    GROUP BY h.start, h.grain, h.metric, h.dim, h.dim_id, h.team_id, h.kind
    ORDER BY h.grain, h.metric, h.dim, h.dim_id, h.start
  ),
  by_day AS (
    INSERT INTO ${daily.table} (${daily.keys.join(', ')}, ${MEASURE_NAMES.join(', ')}, compacted)
    SELECT ${daily.keys.map((key) => `c.${key}`).join(', ')}, ${sums('c')}, ${compacted}
    FROM contributions c
    GROUP BY ${daily.keys.map((key) => `c.${key}`).join(', ')}
    HAVING ${nonZero('c')}
    ORDER BY c.dim, c.dim_id, c.day
  )
  INSERT INTO ${weekly.table} (${weekly.keys.join(', ')}, ${MEASURE_NAMES.join(', ')}, compacted)
  SELECT w.week, w.dim, w.dim_id, w.team_id, w.kind, ${sums('w')}, ${compacted}
  FROM (SELECT date_trunc('week', c.day::timestamp)::date AS week, c.* FROM contributions c) w
  GROUP BY w.week, w.dim, w.dim_id, w.team_id, w.kind
  HAVING ${nonZero('w')}
  ORDER BY w.dim, w.dim_id, w.week`;
}

/** Merges each tier's appended deltas, a bounded number of days (weeks) per call. */
export const COMPACT = `
CREATE FUNCTION insight_compact_rollups(max_buckets integer DEFAULT 100000) RETURNS integer
LANGUAGE plpgsql AS $fn$
DECLARE
  chosen date[];
  merged integer := 0;
BEGIN
${TIERS.map(({ table, keys }) => {
  const bucket = keys[0];
  return `  SELECT array_agg(b.${bucket}) INTO chosen
    FROM (SELECT DISTINCT r.${bucket} FROM ${table} r WHERE NOT r.compacted LIMIT max_buckets) b;
  IF chosen IS NOT NULL THEN
    -- Rows a concurrent writer appends meanwhile are not in this statement's snapshot: they stay.
    WITH gone AS (DELETE FROM ${table} r WHERE r.${bucket} = ANY(chosen) RETURNING r.*)
    INSERT INTO ${table} (${keys.join(', ')}, ${MEASURE_NAMES.join(', ')}, compacted)
    SELECT ${keys.map((key) => `g.${key}`).join(', ')}, ${sums('g')}, true
    FROM gone g
    GROUP BY ${keys.map((key) => `g.${key}`).join(', ')}
    HAVING ${nonZero('g')}
    ORDER BY g.dim, g.dim_id, g.${bucket};
    merged := merged + cardinality(chosen);
  END IF;`;
}).join('\n')}
  SELECT array_agg(b.period_start) INTO chosen
    FROM (SELECT DISTINCT r.period_start FROM insight_durations r WHERE NOT r.compacted LIMIT max_buckets) b;
  IF chosen IS NOT NULL THEN
    WITH gone AS (DELETE FROM insight_durations r WHERE r.period_start = ANY(chosen) RETURNING r.*),
    cells AS (
      SELECT g.period_start, g.grain, g.metric, g.dim, g.dim_id, g.team_id, g.kind, u.bucket, sum(u.n)::int AS n
        FROM gone g CROSS JOIN LATERAL unnest(g.buckets, g.counts) AS u(bucket, n)
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
      HAVING sum(u.n) <> 0
    )
    INSERT INTO insight_durations (period_start, grain, metric, dim, dim_id, team_id, kind, buckets, counts, compacted)
    SELECT g.period_start, g.grain, g.metric, g.dim, g.dim_id, g.team_id, g.kind,
           array_agg(g.bucket ORDER BY g.bucket), array_agg(g.n ORDER BY g.bucket), true
    FROM cells g
    GROUP BY g.period_start, g.grain, g.metric, g.dim, g.dim_id, g.team_id, g.kind
    ORDER BY g.grain, g.metric, g.dim, g.dim_id, g.period_start;
    merged := merged + cardinality(chosen);
  END IF;
  RETURN merged;
END
$fn$`;

export const REBUILD = `
CREATE FUNCTION insight_rebuild(chunk integer DEFAULT 20000) RETURNS bigint
LANGUAGE plpgsql AS $fn$
DECLARE
  ids uuid[];
  last_at timestamptz := '-infinity';
  last_id uuid := '${ZERO_UUID}';
  total bigint := 0;
BEGIN
  TRUNCATE insight_item_facts; -- its trigger empties the rollups
  CREATE TEMPORARY TABLE insight_staging (LIKE insight_item_facts) ON COMMIT DROP;
  LOOP
    SELECT array_agg(c.id ORDER BY c.received_at, c.id), max(c.received_at) INTO ids, last_at
      FROM (
        SELECT i.id, i.received_at FROM items i
         WHERE i.received_at > last_at OR (i.received_at = last_at AND i.id > last_id)
         ORDER BY i.received_at, i.id LIMIT chunk
      ) c;
    EXIT WHEN ids IS NULL;
    INSERT INTO insight_staging SELECT * FROM insight_fact_rows(ids);
    total := total + cardinality(ids);
    last_id := ids[cardinality(ids)];
  END LOOP;
  -- In order of arrival, so that a period's facts sit together on disk.
  ALTER TABLE insight_item_facts DISABLE TRIGGER insight_facts_inserted;
  INSERT INTO insight_item_facts
  SELECT ${factNames
    .map((name) =>
      name === 'next_contact_at'
        ? `CASE WHEN s.customer_ref IS NULL THEN NULL ELSE lead(s.received_at) OVER (PARTITION BY s.customer_ref ORDER BY s.received_at, s.item_id) END`
        : `s.${name}`,
    )
    .join(', ')}
    FROM insight_staging s
   ORDER BY s.received_at, s.item_id;
  ALTER TABLE insight_item_facts ENABLE TRIGGER insight_facts_inserted;
  ${rollupRows('SELECT 1 AS sign, f.* FROM insight_item_facts f', true)};
  RETURN total;
END
$fn$`;

export const factsTrigger = (name: string, source: string) => `
CREATE FUNCTION ${name}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  ${rollupRows(source, false)};
  RETURN NULL;
END
$fn$`;
