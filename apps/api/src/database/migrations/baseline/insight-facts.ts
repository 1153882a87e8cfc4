// The baseline's per-item facts of the insight aggregates: the table's columns, the query that
// computes an item's row from the source tables, and the refresh that keeps the rows current.
// Frozen with the baseline: later changes go into new migrations.

export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const DONE = `('resolved', 'closed')`;
const STAFF_WRITTEN = `('staff_reply', 'escalated', 'follow_up', 'exception_granted', 'exception_refused')`;

/** Columns of insight_item_facts, in table order (insight_fact_rows returns them in this order). */
export const FACT_COLUMNS: [string, string][] = [
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

/** Log buckets per factor e of a duration: a bucket spans 2.5%. */
const BUCKETS = 40;
const bucketOf = (ms: string) => `floor(ln(1 + greatest(0, ${ms})) * ${BUCKETS})::smallint`;

/**
 * One row per item id in `ids`, as insight_item_facts holds it, computed from the source tables
 * in one pass per source table over the whole batch, grouped by item (hash joins, one sort of all
 * status changes): per-item lateral subqueries capped the refresh near 2,000 items/s.
 *
 * Its speed must not depend on the planner's estimates. Called from plpgsql it gets a generic plan
 * after five calls, made for an array of unknown length and from whatever statistics the tables
 * have; on a fresh database that plan joined the sets by nested loops, n² per join (5,000 items:
 * 6.6–6.9 s a call, 0.4–1.0 s now). With nested loops off inside this function only, every join is
 * a hash or merge join, linear whatever the estimates say (a function with its own settings is
 * never inlined into the caller's plan either). The analyses join as their own batch, by index:
 * as the inner side of a hash join on the bare table they would be read in full.
 */
export const FACT_ROWS = `
CREATE FUNCTION insight_fact_rows(wanted uuid[]) RETURNS SETOF insight_item_facts
LANGUAGE sql STABLE SET enable_nestloop = off AS $fn$
WITH it AS (
  SELECT i.*,
    -- Finished: resolved, or closed without a resolution (auto-closed after no reply).
    coalesce(i.resolved_at, CASE WHEN i.status = 'closed' THEN i.closed_at END) AS finished_at
  FROM items i WHERE i.id = ANY(wanted)
),
m AS (
  SELECT pm.item_id, array_agg(pm.policy_id ORDER BY pm.policy_id) AS ids
  FROM item_policy_mentions pm WHERE pm.item_id = ANY(wanted) GROUP BY pm.item_id
),
th AS (
  SELECT t.item_id, array_agg(t.theme_id ORDER BY t.theme_id) AS ids
  FROM item_themes t WHERE t.item_id = ANY(wanted) GROUP BY t.item_id
),
ev AS (
  SELECT e.item_id,
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
  FROM item_events e WHERE e.item_id = ANY(wanted) GROUP BY e.item_id
),
fl AS (
  SELECT f.item_id,
    coalesce(bit_or(insight_flag_bit(f.type)), 0) AS bits,
    count(DISTINCT coalesce(f.event_id, f.item_id)) FILTER (
      WHERE f.type = 'excuse' AND (f.event_id IS NOT NULL OR it.source = 'staff')
    )::int AS excuse_texts,
    count(DISTINCT coalesce(f.event_id, f.item_id)) FILTER (
      WHERE f.type = 'blame' AND (f.event_id IS NOT NULL OR it.source = 'staff')
    )::int AS blame_texts
  FROM item_flags f JOIN it ON it.id = f.item_id
  WHERE f.item_id = ANY(wanted) GROUP BY f.item_id
),
base AS (
  SELECT it.*, coalesce(ev.status_changes, 0) AS status_changes
  FROM it LEFT JOIN ev ON ev.item_id = it.id
),
-- The status timeline of every item: received as new (or as the item's own status when no change
-- is recorded), then every recorded change; an item without changes that is resolved gets one.
changes AS (
  SELECT c.item_id, c.status, c.at, c.ord, c.id,
    lead(c.at) OVER w AS next_at,
    lag(c.status) OVER w AS previous
  FROM (
    SELECT b.id AS item_id, b.received_at AS at,
      CASE WHEN b.status_changes = 0 AND b.status NOT IN ${DONE} THEN b.status ELSE 'new'::item_status END AS status,
      0 AS ord, NULL::uuid AS id
    FROM base b
    UNION ALL
    SELECT e.item_id, e.occurred_at, e.status, 1, e.id
    FROM item_events e
    WHERE e.item_id = ANY(wanted) AND e.type = 'status_changed' AND e.status IS NOT NULL
    UNION ALL
    SELECT b.id, b.finished_at, 'resolved'::item_status, 2, NULL
    FROM base b WHERE b.status_changes = 0 AND b.finished_at IS NOT NULL
  ) c
  WINDOW w AS (PARTITION BY c.item_id ORDER BY c.at, c.ord, c.id)
),
tl AS (
  SELECT s.item_id,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'new'), 0)::bigint AS new_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'in_progress'), 0)::bigint AS in_progress_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'waiting_on_customer'), 0)::bigint AS waiting_on_customer_ms,
    coalesce(sum(s.ms) FILTER (WHERE s.status = 'waiting_internal'), 0)::bigint AS waiting_internal_ms,
    count(*) FILTER (WHERE s.previous IN ${DONE} AND s.status NOT IN ${DONE})::int AS reopened,
    (array_agg(s.status ORDER BY s.at DESC, s.ord DESC, s.id DESC))[1] AS last_status,
    max(s.at) AS status_since
  FROM (
    SELECT w.*,
      CASE WHEN w.status NOT IN ${DONE} AND w.next_at IS NOT NULL
        THEN greatest(0, (extract(epoch FROM w.next_at - w.at) * 1000)::bigint) END AS ms
    FROM changes w
  ) s
  GROUP BY s.item_id
)
SELECT x.*,
  CASE WHEN x.first_response_ms IS NOT NULL OR x.resolved_at IS NOT NULL
    THEN ${bucketOf('coalesce(x.first_response_ms, (extract(epoch FROM x.resolved_at - x.received_at) * 1000)::bigint)')} END,
  CASE WHEN x.lead_ms IS NOT NULL THEN ${bucketOf('x.lead_ms')} END
FROM (
SELECT
  b.id,
  b.received_at AS received_at,
  b.team_id,
  b.kind,
  b.source,
  b.channel,
  b.priority,
  b.status,
  b.viability,
  b.policy_id,
  ARRAY(
    SELECT DISTINCT p FROM unnest(array_remove(ARRAY[b.policy_id], NULL) || coalesce(m.ids, '{}') || coalesce(ev.exception_policies, '{}')) AS p
    ORDER BY p
  ),
  coalesce(m.ids, '{}'),
  coalesce(th.ids, '{}'),
  b.customer_ref,
  a.sentiment,
  a.sentiment_score,
  b.satisfaction,
  b.first_response_at,
  CASE WHEN b.first_response_at IS NOT NULL THEN greatest(0, (extract(epoch FROM b.first_response_at - b.received_at) * 1000)::bigint) END AS first_response_ms,
  b.finished_at AS resolved_at,
  sl.first_response_minutes::bigint * 60000,
  sl.resolution_minutes::bigint * 60000,
  CASE
    WHEN b.finished_at IS NULL THEN NULL
    WHEN b.status_changes > 0 AND tl.last_status IN ${DONE} THEN tl.new_ms + tl.in_progress_ms + tl.waiting_on_customer_ms + tl.waiting_internal_ms
    ELSE greatest(0, (extract(epoch FROM b.finished_at - b.received_at) * 1000)::bigint)
  END AS lead_ms,
  b.status_changes > 0,
  tl.status_since,
  tl.new_ms,
  tl.in_progress_ms,
  tl.waiting_on_customer_ms,
  tl.waiting_internal_ms,
  tl.reopened,
  coalesce(ev.escalations, 0),
  coalesce(ev.exceptions_granted, 0),
  coalesce(ev.exceptions_refused, 0),
  coalesce(ev.follow_ups, 0),
  coalesce(ev.satisfaction_checks, 0),
  coalesce(ev.staff_texts, 0) + (b.source = 'staff')::int,
  coalesce(fl.excuse_texts, 0),
  coalesce(fl.blame_texts, 0),
  coalesce(fl.bits, 0),
  (abs(hashtext(b.id::text)) % 100)::smallint,
  NULL::timestamptz
FROM base b
LEFT JOIN ev ON ev.item_id = b.id
LEFT JOIN m ON m.item_id = b.id
LEFT JOIN th ON th.item_id = b.id
LEFT JOIN fl ON fl.item_id = b.id
JOIN tl ON tl.item_id = b.id
LEFT JOIN (
  SELECT an.item_id, an.sentiment, an.sentiment_score
    FROM item_analyses an WHERE an.item_id = ANY(wanted) AND an.status = 'done'
) a ON a.item_id = b.id
LEFT JOIN service_levels sl ON sl.kind = b.kind AND sl.priority = b.priority
) x
$fn$`;

export const factNames = FACT_COLUMNS.map(([name]) => name);
const updatable = factNames.filter((name) => name !== 'item_id' && name !== 'next_contact_at');
export const REFRESH = `
CREATE FUNCTION insight_refresh_items(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $fn$
DECLARE
  refs text[];
BEGIN
  -- Lock the items' fact rows (in id order, so two refreshes cannot deadlock); the next
  -- statement then reads the source tables after any concurrent refresh of them committed.
  PERFORM 1 FROM insight_item_facts WHERE item_id = ANY(ids) ORDER BY item_id FOR NO KEY UPDATE;
  refs := ARRAY(SELECT customer_ref FROM insight_item_facts WHERE item_id = ANY(ids) AND customer_ref IS NOT NULL);
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
