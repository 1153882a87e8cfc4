import type { MigrationInterface, QueryRunner } from 'typeorm';
import { InsightAggregates1795377100000 } from './1795377100000-insight-aggregates';

// Version 2 of the insight aggregates (same objects, redefined): a duration histogram is one row
// per group and period holding its buckets and counts as arrays (theme and policy histograms
// without the team), so a month of percentiles for every team reads a few dozen rows; the
// complaint-protocol steps as rollup measures; covering indexes for the open items and for the
// backlog at a period's end. Up drops version 1 and builds this one from the source tables; down
// does the reverse.

// Aggregates behind the insight queries, kept current by triggers so that every writer (API
// intake, CSV import, timeline events, the demo loader, re-analysis) is covered:
//
//   items, item_events, item_analyses, item_themes, item_flags, item_policy_mentions
//     └─ statement triggers note the changed item ids (insight_pending_items)
//          └─ at commit, one deferred trigger per transaction recomputes those items'
//             rows in insight_item_facts (one narrow row per item: flow, SLA and text facts)
//               └─ statement triggers on the facts append signed deltas to the rollups:
//                  insight_rollup (per UTC day × team × kind × channel) and
//                  insight_rollup_weekly (per ISO week × team × kind), each for all items,
//                  per theme and per linked policy; insight_compact_rollups() merges deltas.
//
// Deltas are appended, never updated in place, so concurrent writers never wait on a shared
// rollup row. insight_rebuild() recomputes everything from the source tables.
//
// This file is self-contained on purpose: the SQL is built here, not imported, so the migration
// stays what it was when it ran.

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const DONE = `('resolved', 'closed')`;
const STAFF_WRITTEN = `('staff_reply', 'escalated', 'follow_up', 'exception_granted', 'exception_refused')`;

/** Columns of insight_item_facts, in table order (insight_fact_rows returns them in this order). */
const FACT_COLUMNS: [string, string][] = [
  ['item_id', 'uuid NOT NULL'],
  ['received_at', 'timestamptz NOT NULL'],
  ['team_id', 'uuid'],
  ['kind', '"public"."item_kind" NOT NULL'],
  ['source', '"public"."item_source" NOT NULL'],
  ['channel', '"public"."channel" NOT NULL'],
  ['priority', '"public"."priority" NOT NULL'],
  ['status', '"public"."item_status" NOT NULL'],
  ['viability', '"public"."viability_decision"'],
  ['policy_id', 'uuid'],
  // explicit policy ∪ detected mentions ∪ policies of exception events
  ['linked_policy_ids', 'uuid[] NOT NULL'],
  ['mentioned_policy_ids', 'uuid[] NOT NULL'],
  ['theme_ids', 'uuid[] NOT NULL'],
  ['customer_ref', 'text'],
  ['sentiment', '"public"."sentiment_label"'],
  ['sentiment_score', 'real'],
  ['satisfaction', 'smallint'],
  ['first_response_at', 'timestamptz'],
  // first_response_at − received_at, ready to sort (null until a first response)
  ['first_response_ms', 'bigint'],
  // when the item was finished: resolved, or closed without a resolution
  ['resolved_at', 'timestamptz'],
  // service-level targets for the item's kind and priority when it was last written (null: none)
  ['first_response_target_ms', 'bigint'],
  ['resolution_target_ms', 'bigint'],
  // open time of a resolved item (time in open statuses); null while open
  ['lead_ms', 'bigint'],
  // false when the item has no status changes recorded (times in status are then unknown)
  ['has_timeline', 'boolean NOT NULL'],
  // the current status began here; open time since then is added at query time
  ['status_since', 'timestamptz NOT NULL'],
  ['new_ms', 'bigint NOT NULL'],
  ['in_progress_ms', 'bigint NOT NULL'],
  ['waiting_on_customer_ms', 'bigint NOT NULL'],
  ['waiting_internal_ms', 'bigint NOT NULL'],
  ['reopened', 'integer NOT NULL'],
  ['escalations', 'integer NOT NULL'],
  ['exceptions_granted', 'integer NOT NULL'],
  ['exceptions_refused', 'integer NOT NULL'],
  ['follow_ups', 'integer NOT NULL'],
  ['satisfaction_checks', 'integer NOT NULL'],
  // staff-written texts (replies, escalations, notes; the item itself for staff reports)
  ['staff_texts', 'integer NOT NULL'],
  ['excuse_texts', 'integer NOT NULL'],
  ['blame_texts', 'integer NOT NULL'],
  // one bit per flag_type found anywhere on the item (insight_flag_bit)
  ['flags', 'integer NOT NULL'],
  // 0–99 from the id: a stable sample for per-item statistics over large groups
  ['sample', 'smallint NOT NULL'],
  // the same customer's next contact (the customer came back), kept by insight_refresh_items
  ['next_contact_at', 'timestamptz'],
  // log buckets of the durations, as insight_durations counts them (BUCKETS per factor e)
  ['first_response_bucket', 'smallint'],
  ['lead_bucket', 'smallint'],
];

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
const MEASURES: [string, string, string, string][] = [
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
const COVERED = [
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

/** Log buckets per factor e of a duration: a bucket spans 2.5%. */
const BUCKETS = 40;
const bucketOf = (ms: string) => `floor(ln(1 + greatest(0, ${ms})) * ${BUCKETS})::smallint`;

/** The two rollup tiers: per UTC day (with channel), and per ISO week (Monday) without channel. */
const TIERS = [
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

/** One row per item id in `ids`, as insight_item_facts holds it, computed from the source tables. */
const FACT_ROWS = `
CREATE FUNCTION insight_fact_rows(wanted uuid[]) RETURNS SETOF insight_item_facts
LANGUAGE sql STABLE AS $fn$
SELECT x.*,
  CASE WHEN x.first_response_ms IS NOT NULL OR x.resolved_at IS NOT NULL
    THEN ${bucketOf('coalesce(x.first_response_ms, (extract(epoch FROM x.resolved_at - x.received_at) * 1000)::bigint)')} END,
  CASE WHEN x.lead_ms IS NOT NULL THEN ${bucketOf('x.lead_ms')} END
FROM (
SELECT
  i.id,
  i.received_at AS received_at,
  i.team_id,
  i.kind,
  i.source,
  i.channel,
  i.priority,
  i.status,
  i.viability,
  i.policy_id,
  ARRAY(
    SELECT DISTINCT p FROM unnest(array_remove(ARRAY[i.policy_id], NULL) || m.ids || ev.exception_policies) AS p
    ORDER BY p
  ),
  m.ids,
  th.ids,
  i.customer_ref,
  a.sentiment,
  a.sentiment_score,
  i.satisfaction,
  i.first_response_at,
  CASE WHEN i.first_response_at IS NOT NULL THEN greatest(0, (extract(epoch FROM i.first_response_at - i.received_at) * 1000)::bigint) END AS first_response_ms,
  d.finished_at AS resolved_at,
  sl.first_response_minutes::bigint * 60000,
  sl.resolution_minutes::bigint * 60000,
  CASE
    WHEN d.finished_at IS NULL THEN NULL
    WHEN tl.has_timeline AND tl.last_status IN ${DONE} THEN tl.new_ms + tl.in_progress_ms + tl.waiting_on_customer_ms + tl.waiting_internal_ms
    ELSE greatest(0, (extract(epoch FROM d.finished_at - i.received_at) * 1000)::bigint)
  END AS lead_ms,
  tl.has_timeline,
  tl.status_since,
  tl.new_ms,
  tl.in_progress_ms,
  tl.waiting_on_customer_ms,
  tl.waiting_internal_ms,
  tl.reopened,
  ev.escalations,
  ev.exceptions_granted,
  ev.exceptions_refused,
  ev.follow_ups,
  ev.satisfaction_checks,
  ev.staff_texts + (i.source = 'staff')::int,
  fl.excuse_texts,
  fl.blame_texts,
  fl.bits,
  (abs(hashtext(i.id::text)) % 100)::smallint,
  NULL::timestamptz
FROM items i
-- Finished: resolved, or closed without a resolution (auto-closed after no reply).
CROSS JOIN LATERAL (
  SELECT coalesce(i.resolved_at, CASE WHEN i.status = 'closed' THEN i.closed_at END) AS finished_at
) d
LEFT JOIN item_analyses a ON a.item_id = i.id AND a.status = 'done'
LEFT JOIN service_levels sl ON sl.kind = i.kind AND sl.priority = i.priority
CROSS JOIN LATERAL (
  SELECT coalesce(array_agg(pm.policy_id ORDER BY pm.policy_id), '{}') AS ids
  FROM item_policy_mentions pm WHERE pm.item_id = i.id
) m
CROSS JOIN LATERAL (
  SELECT coalesce(array_agg(t.theme_id ORDER BY t.theme_id), '{}') AS ids
  FROM item_themes t WHERE t.item_id = i.id
) th
CROSS JOIN LATERAL (
  SELECT
    count(*) FILTER (WHERE e.type = 'escalated')::int AS escalations,
    count(*) FILTER (WHERE e.type = 'exception_granted')::int AS exceptions_granted,
    count(*) FILTER (WHERE e.type = 'exception_refused')::int AS exceptions_refused,
    count(*) FILTER (WHERE e.type = 'follow_up')::int AS follow_ups,
    count(*) FILTER (WHERE e.type = 'satisfaction_check')::int AS satisfaction_checks,
    count(*) FILTER (WHERE e.type IN ${STAFF_WRITTEN} AND e.text IS NOT NULL)::int AS staff_texts,
    count(*) FILTER (WHERE e.type = 'status_changed' AND e.status IS NOT NULL)::int AS status_changes,
    coalesce(
      array_agg(DISTINCT e.policy_id) FILTER (
        WHERE e.type IN ('exception_granted', 'exception_refused') AND e.policy_id IS NOT NULL
      ),
      '{}'
    ) AS exception_policies
  FROM item_events e WHERE e.item_id = i.id
) ev
CROSS JOIN LATERAL (
  SELECT
    coalesce(bit_or(insight_flag_bit(f.type)), 0) AS bits,
    count(DISTINCT coalesce(f.event_id, f.item_id)) FILTER (
      WHERE f.type = 'excuse' AND (f.event_id IS NOT NULL OR i.source = 'staff')
    )::int AS excuse_texts,
    count(DISTINCT coalesce(f.event_id, f.item_id)) FILTER (
      WHERE f.type = 'blame' AND (f.event_id IS NOT NULL OR i.source = 'staff')
    )::int AS blame_texts
  FROM item_flags f WHERE f.item_id = i.id
) fl
CROSS JOIN LATERAL (
  -- The status timeline: received as new (or as the item's own status when no change is
  -- recorded), then every recorded change; an item without changes that is resolved gets one.
  SELECT
    ev.status_changes > 0 AS has_timeline,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'new'), 0)::bigint AS new_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'in_progress'), 0)::bigint AS in_progress_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'waiting_on_customer'), 0)::bigint AS waiting_on_customer_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'waiting_internal'), 0)::bigint AS waiting_internal_ms,
    count(*) FILTER (WHERE s.previous IN ${DONE} AND s.status NOT IN ${DONE})::int AS reopened,
    (array_agg(s.status ORDER BY s.at DESC, s.ord DESC, s.id DESC))[1] AS last_status,
    max(s.at) AS status_since
  FROM (
    SELECT w.status, w.at, w.ord, w.id, w.previous,
      CASE WHEN w.status NOT IN ${DONE} AND w.next_at IS NOT NULL
        THEN greatest(0, (extract(epoch FROM w.next_at - w.at) * 1000)::bigint) END AS ms
    FROM (
      SELECT c.*,
        lead(c.at) OVER (ORDER BY c.at, c.ord, c.id) AS next_at,
        lag(c.status) OVER (ORDER BY c.at, c.ord, c.id) AS previous
      FROM (
        SELECT i.received_at AS at,
          CASE WHEN ev.status_changes = 0 AND i.status NOT IN ${DONE} THEN i.status ELSE 'new'::item_status END AS status,
          0 AS ord, NULL::uuid AS id
        UNION ALL
        SELECT e.occurred_at, e.status, 1, e.id
        FROM item_events e
        WHERE e.item_id = i.id AND e.type = 'status_changed' AND e.status IS NOT NULL
        UNION ALL
        SELECT d.finished_at, 'resolved'::item_status, 2, NULL
        WHERE ev.status_changes = 0 AND d.finished_at IS NOT NULL
      ) c
    ) w
  ) s
) tl
WHERE i.id = ANY(wanted)
) x
$fn$`;

const factNames = FACT_COLUMNS.map(([name]) => name);
const updatable = factNames.filter((name) => name !== 'item_id' && name !== 'next_contact_at');

const REFRESH = `
CREATE FUNCTION insight_refresh_items(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  refs text[];
BEGIN
  -- Lock the items' fact rows (in id order, so two refreshes cannot deadlock); the next
  -- statement then reads the source tables after any concurrent refresh of them committed.
  PERFORM 1 FROM insight_item_facts WHERE item_id = ANY(ids) ORDER BY item_id FOR NO KEY UPDATE;
  refs := ARRAY(SELECT customer_ref FROM insight_item_facts WHERE item_id = ANY(ids) AND customer_ref IS NOT NULL);
  DELETE FROM insight_item_facts f
   WHERE f.item_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = f.item_id);
  INSERT INTO insight_item_facts
  SELECT * FROM insight_fact_rows(ids)
  ON CONFLICT (item_id) DO UPDATE SET
    (${updatable.join(', ')}) = ROW(${updatable.map((name) => `excluded.${name}`).join(', ')})
  WHERE (${updatable.map((name) => `insight_item_facts.${name}`).join(', ')})
    IS DISTINCT FROM (${updatable.map((name) => `excluded.${name}`).join(', ')});
  -- Each contact of these customers learns when the customer next came back.
  refs := refs || ARRAY(SELECT customer_ref FROM insight_item_facts WHERE item_id = ANY(ids) AND customer_ref IS NOT NULL);
  IF cardinality(refs) > 0 THEN
    UPDATE insight_item_facts p SET next_contact_at = n.next_at
      FROM (
        SELECT f.item_id,
               lead(f.received_at) OVER (PARTITION BY f.customer_ref ORDER BY f.received_at, f.item_id) AS next_at
          FROM insight_item_facts f
         WHERE f.customer_ref = ANY(refs)
      ) n
     WHERE p.item_id = n.item_id AND p.next_contact_at IS DISTINCT FROM n.next_at;
  END IF;
END
$fn$`;

/** Merges each tier's appended deltas, a bounded number of days (weeks) per call. */
const COMPACT = `
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

const REBUILD = `
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

const factsTrigger = (name: string, source: string) => `
CREATE FUNCTION ${name}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  ${rollupRows(source, false)};
  RETURN NULL;
END
$fn$`;

/** Tables whose changes alter an item's facts, and the column naming the item. */
const SOURCES: [string, string][] = [
  ['items', 'id'],
  ['item_events', 'item_id'],
  ['item_analyses', 'item_id'],
  ['item_themes', 'item_id'],
  ['item_flags', 'item_id'],
  ['item_policy_mentions', 'item_id'],
];

const markFunction = (column: string) => `
CREATE FUNCTION insight_mark_by_${column}() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF EXISTS (SELECT 1 FROM changed) THEN
    INSERT INTO insight_pending_items (txid, item_id)
      SELECT DISTINCT pg_current_xact_id(), c.${column} FROM changed c;
    -- The first change in a transaction queues one deferred refresh for its commit.
    INSERT INTO insight_pending_transactions (txid) VALUES (pg_current_xact_id())
      ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$fn$`;

export class InsightAggregatesV21795379000000 implements MigrationInterface {
  name = 'InsightAggregatesV21795379000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await new InsightAggregates1795377100000().down(queryRunner);
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
CREATE FUNCTION insight_flag_bit(t flag_type) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 1 << (array_position(enum_range(NULL::flag_type), t) - 1)
$fn$`);
    await run(
      `CREATE TABLE "insight_item_facts" (${FACT_COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')}, CONSTRAINT "insight_item_facts_pkey" PRIMARY KEY ("item_id"), CONSTRAINT "insight_item_facts_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE)`,
    );
    // Covering the duration histograms of a period (index-only scans when no theme or policy filters).
    await run(
      `CREATE INDEX "insight_facts_received" ON "insight_item_facts" ("received_at") INCLUDE ("team_id", "kind", "channel", "first_response_ms", "resolved_at", "first_response_bucket")`,
    );
    await run(
      `CREATE INDEX "insight_facts_resolved" ON "insight_item_facts" ("resolved_at") INCLUDE ("team_id", "kind", "channel", "lead_ms", "received_at", "lead_bucket", "item_id", "status", "theme_ids", "linked_policy_ids") WHERE "resolved_at" IS NOT NULL`,
    );
    // Open items: the backlog, waits and clocks still running (covering, so index-only).
    await run(
      `CREATE INDEX "insight_facts_open" ON "insight_item_facts" ("received_at") INCLUDE ("item_id", "team_id", "kind", "channel", "status", "status_since", "policy_id", "theme_ids", "linked_policy_ids", "first_response_ms", "first_response_target_ms", "resolution_target_ms", "new_ms", "waiting_on_customer_ms", "waiting_internal_ms") WHERE "resolved_at" IS NULL`,
    );
    await run(
      `CREATE INDEX "insight_facts_team_received" ON "insight_item_facts" ("team_id", "received_at")`,
    );
    // One theme's or policy's items in a window (impact of an action), without reading the window.
    await run(
      `CREATE INDEX "insight_facts_themes" ON "insight_item_facts" USING gin ("theme_ids")`,
    );
    await run(
      `CREATE INDEX "insight_facts_policies" ON "insight_item_facts" USING gin ("linked_policy_ids")`,
    );
    await run(
      `CREATE INDEX "insight_facts_customer" ON "insight_item_facts" ("customer_ref", "received_at") WHERE "customer_ref" IS NOT NULL`,
    );
    await run(
      `CREATE INDEX "insight_facts_sample" ON "insight_item_facts" ("sample", "received_at")`,
    );

    for (const { table, keys } of TIERS) {
      const bucket = keys[0];
      const [, , , ...grouping] = keys;
      await run(
        `CREATE TABLE "${table}" ("${bucket}" date NOT NULL, "dim" smallint NOT NULL, "dim_id" uuid NOT NULL, "team_id" uuid, "kind" "public"."item_kind" NOT NULL, ${bucket === 'day' ? '"channel" "public"."channel" NOT NULL, ' : ''}${MEASURES.map(([name, type]) => `"${name}" ${type} NOT NULL DEFAULT 0`).join(', ')}, "compacted" boolean NOT NULL DEFAULT false, CONSTRAINT "${table}_dim" CHECK ("dim" IN (0, 1, 2)))`,
      );
      // Covering: a slice (all items, one theme, one policy) over a range is one index-only
      // range scan, however the heap rows are scattered by appends and compaction.
      await run(
        `CREATE INDEX "${table}_slice" ON "${table}" ("dim", "dim_id", "${bucket}") INCLUDE (${[...grouping, ...COVERED].map((name) => `"${name}"`).join(', ')})`,
      );
      await run(`CREATE INDEX "${table}_${bucket}" ON "${table}" ("${bucket}")`);
      await run(
        `CREATE INDEX "${table}_uncompacted" ON "${table}" ("${bucket}") WHERE NOT "compacted"`,
      );
    }

    // Duration histograms (log buckets, one row per group holding buckets and counts) per ISO
    // week and calendar month: percentiles of first response and lead time for any whole weeks or
    // months without reading the items.
    await run(
      `CREATE TABLE "insight_durations" ("period_start" date NOT NULL, "grain" smallint NOT NULL, "metric" smallint NOT NULL, "dim" smallint NOT NULL, "dim_id" uuid NOT NULL, "team_id" uuid, "kind" "public"."item_kind" NOT NULL, "buckets" smallint array NOT NULL, "counts" integer array NOT NULL, "compacted" boolean NOT NULL DEFAULT false, CONSTRAINT "insight_durations_grain" CHECK ("grain" IN (1, 2)), CONSTRAINT "insight_durations_metric" CHECK ("metric" IN (1, 2)))`,
    );
    await run(
      `CREATE INDEX "insight_durations_slice" ON "insight_durations" ("grain", "metric", "dim", "dim_id", "period_start")`,
    );
    await run(`CREATE INDEX "insight_durations_start" ON "insight_durations" ("period_start")`);
    await run(
      `CREATE INDEX "insight_durations_uncompacted" ON "insight_durations" ("period_start") WHERE NOT "compacted"`,
    );

    // Changed item ids wait here until their transaction commits; rows never outlive it, so the
    // tables need no crash safety (unlogged: no WAL).
    await run(
      `CREATE UNLOGGED TABLE "insight_pending_items" ("txid" xid8 NOT NULL, "item_id" uuid NOT NULL)`,
    );
    await run(`CREATE INDEX "insight_pending_items_txid" ON "insight_pending_items" ("txid")`);
    await run(
      `CREATE UNLOGGED TABLE "insight_pending_transactions" ("txid" xid8 NOT NULL, CONSTRAINT "insight_pending_transactions_pkey" PRIMARY KEY ("txid"))`,
    );

    await run(FACT_ROWS);
    await run(REFRESH);
    await run(COMPACT);
    await run(`
CREATE FUNCTION insight_flush() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  ids uuid[];
BEGIN
  DELETE FROM insight_pending_transactions WHERE txid = NEW.txid;
  WITH gone AS (DELETE FROM insight_pending_items WHERE txid = NEW.txid RETURNING item_id)
  SELECT array_agg(DISTINCT item_id ORDER BY item_id) INTO ids FROM gone;
  IF ids IS NOT NULL THEN
    PERFORM insight_refresh_items(ids);
  END IF;
  RETURN NULL;
END
$fn$`);
    await run(
      `CREATE CONSTRAINT TRIGGER "insight_flush" AFTER INSERT ON "insight_pending_transactions" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION insight_flush()`,
    );

    await run(factsTrigger('insight_facts_inserted', 'SELECT 1 AS sign, n.* FROM new_rows n'));
    await run(
      factsTrigger(
        'insight_facts_updated',
        'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1, o.* FROM old_rows o',
      ),
    );
    await run(factsTrigger('insight_facts_deleted', 'SELECT -1 AS sign, o.* FROM old_rows o'));
    await run(`
CREATE FUNCTION insight_facts_truncated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  TRUNCATE insight_rollup, insight_rollup_weekly, insight_durations;
  RETURN NULL;
END
$fn$`);
    await run(
      `CREATE TRIGGER "insight_facts_inserted" AFTER INSERT ON "insight_item_facts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_inserted()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_updated" AFTER UPDATE ON "insight_item_facts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_updated()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_deleted" AFTER DELETE ON "insight_item_facts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_deleted()`,
    );
    await run(
      `CREATE TRIGGER "insight_facts_truncated" AFTER TRUNCATE ON "insight_item_facts" FOR EACH STATEMENT EXECUTE FUNCTION insight_facts_truncated()`,
    );
    await run(REBUILD);

    await run(markFunction('id'));
    await run(markFunction('item_id'));
    for (const [table, column] of SOURCES) {
      for (const [event, transition] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const) {
        // Deleted items take their facts with them (foreign key cascade).
        if (table === 'items' && event === 'DELETE') continue;
        await run(
          `CREATE TRIGGER "insight_${table}_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION insight_mark_by_${column}()`,
        );
      }
    }
    // Facts for whatever is already stored.
    await run(`SELECT insight_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Version 1 drops the same objects; then it rebuilds itself.
    const version1 = new InsightAggregates1795377100000();
    await version1.down(queryRunner);
    await version1.up(queryRunner);
  }
}
