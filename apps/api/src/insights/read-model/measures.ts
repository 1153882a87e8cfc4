import { FlagType } from '../../items/item.enums';
import { ComplaintStep } from './drilldown.types';
import { hasFlag, stepDone } from './sql';

/**
 * The measures of the insight rollups, each defined once: its column type and its value for one
 * item, as SQL over the item's facts row (`f`, insight_item_facts). A rollup column holds the sum
 * of that value over a day's (week's) items. `{policy}` stands for the policy a row counts for:
 * such measures exist per linked policy only and are 0 elsewhere.
 *
 * The reader (rollups.ts) builds its SQL from these. The migrations that store the rollups keep
 * their own frozen copy (a migration never imports code that may change), so
 * test/insights/measures.int-spec.ts checks the database against this file: the same columns,
 * and the same sums from the stored rollups as from these expressions over the facts.
 */
export interface MeasureDefinition {
  type: 'integer' | 'bigint' | 'double precision';
  sql: string;
}

const int = (sql: string): MeasureDefinition => ({ type: 'integer', sql });
const big = (sql: string): MeasureDefinition => ({ type: 'bigint', sql });
const float = (sql: string): MeasureDefinition => ({ type: 'double precision', sql });

// The first-response clock stops at the resolution when no reply was recorded.
const FR_ELAPSED =
  'coalesce(f.first_response_ms, (extract(epoch FROM f.resolved_at - f.received_at) * 1000)::bigint)';
const RES_ELAPSED = '(extract(epoch FROM f.resolved_at - f.received_at) * 1000)::bigint';

/** protocol_done_k: did step k; protocol_reached_k: did steps 1..k (the complaint funnel). */
function protocolMeasures() {
  const steps = Object.values(ComplaintStep).map((step) => stepDone(step));
  const measures: Record<string, MeasureDefinition> = {};
  steps.forEach((step, k) => {
    measures[`protocol_done_${k + 1}`] = int(`(${step})::int`);
    measures[`protocol_reached_${k + 1}`] = int(`(${steps.slice(0, k + 1).join(' AND ')})::int`);
  });
  return measures as Record<ProtocolMeasure, MeasureDefinition>;
}
type ProtocolMeasure = `protocol_${'done' | 'reached'}_${1 | 2 | 3 | 4 | 5}`;

/** Counted on the UTC day an item arrived (received_at). */
export const ARRIVAL_MEASURES = {
  arrivals: int('1'),
  analysed: int('(f.sentiment IS NOT NULL)::int'),
  negative: int(`(f.sentiment IS NOT DISTINCT FROM 'negative')::int`),
  sentiment_sum: float('coalesce(f.sentiment_score, 0)'),
  rated: int('(f.satisfaction IS NOT NULL)::int'),
  satisfaction_sum: int('coalesce(f.satisfaction, 0)'),
  responded: int('(f.first_response_at IS NOT NULL)::int'),
  // Σ ln(1 + minutes to first response): exp(mean) − 1 is a geometric mean outliers cannot swamp
  response_log_sum: float('coalesce(ln(1 + f.first_response_ms / 60000.0), 0)'),
  escalated: int(`(f.escalations > 0 OR f.viability IS NOT DISTINCT FROM 'escalated')::int`),
  hard_noes: int(`(f.viability IS NOT DISTINCT FROM 'hard_no')::int`),
  soft_noes: int(`(f.viability IS NOT DISTINCT FROM 'soft_no')::int`),
  exceptions_granted: int('f.exceptions_granted'),
  exceptions_refused: int('f.exceptions_refused'),
  staff_texts: int('f.staff_texts'),
  excuse_texts: int('f.excuse_texts'),
  blame_texts: int('f.blame_texts'),
  churn_flags: int(`(${hasFlag(FlagType.CHURN_RISK)})::int`),
  overload_flags: int(`(${hasFlag(FlagType.OVERLOAD)})::int`),
  // finished waiting spells of the items that arrived, and how many items had one
  waiting_internal_ms: big('f.waiting_internal_ms'),
  waiting_new_ms: big('f.new_ms'),
  waiting_customer_ms: big('f.waiting_on_customer_ms'),
  waited_internal: int('(f.waiting_internal_ms > 0)::int'),
  waited_new: int('(f.new_ms > 0)::int'),
  waited_customer: int('(f.waiting_on_customer_ms > 0)::int'),
  // service levels, once the outcome is known (a response or a resolution happened)
  first_response_met: int(
    `coalesce((f.first_response_target_ms IS NOT NULL AND ${FR_ELAPSED} <= f.first_response_target_ms)::int, 0)`,
  ),
  first_response_breached: int(
    `coalesce((f.first_response_target_ms IS NOT NULL AND ${FR_ELAPSED} > f.first_response_target_ms)::int, 0)`,
  ),
  resolution_met: int(
    `coalesce((f.resolution_target_ms IS NOT NULL AND ${RES_ELAPSED} <= f.resolution_target_ms)::int, 0)`,
  ),
  resolution_breached: int(
    `coalesce((f.resolution_target_ms IS NOT NULL AND ${RES_ELAPSED} > f.resolution_target_ms)::int, 0)`,
  ),
  // per linked policy: linked explicitly, or cited in the text
  explicit_links: int('(f.policy_id IS NOT DISTINCT FROM {policy})::int'),
  mention_links: int('({policy} = ANY(f.mentioned_policy_ids))::int'),
  ...protocolMeasures(),
} as const;

/** Counted on the UTC day a finished item was resolved (resolved_at; items with a lead time). */
export const COMPLETION_MEASURES = {
  completions: int('1'),
  lead_ms: big('f.lead_ms'),
  // Σ ln(1 + lead minutes), as for responses
  lead_log_sum: float('ln(1 + greatest(0, f.lead_ms) / 60000.0)'),
  reopened: int('(f.reopened > 0)::int'),
  // time in each open status of resolved items whose status changes are recorded
  timed_completions: int('f.has_timeline::int'),
  done_new_ms: big('f.has_timeline::int * f.new_ms'),
  done_in_progress_ms: big('f.has_timeline::int * f.in_progress_ms'),
  done_waiting_customer_ms: big('f.has_timeline::int * f.waiting_on_customer_ms'),
  done_waiting_internal_ms: big('f.has_timeline::int * f.waiting_internal_ms'),
  done_new_items: int('(f.has_timeline AND f.new_ms > 0)::int'),
  done_in_progress_items: int('(f.has_timeline AND f.in_progress_ms > 0)::int'),
  done_waiting_customer_items: int('(f.has_timeline AND f.waiting_on_customer_ms > 0)::int'),
  done_waiting_internal_items: int('(f.has_timeline AND f.waiting_internal_ms > 0)::int'),
} as const;

export type ArrivalMeasure = keyof typeof ARRIVAL_MEASURES;
export type CompletionMeasure = keyof typeof COMPLETION_MEASURES;
export type Measure = ArrivalMeasure | CompletionMeasure;

export const isCompletion = (measure: Measure): measure is CompletionMeasure =>
  measure in COMPLETION_MEASURES;

export const definitionOf = (measure: Measure): MeasureDefinition =>
  isCompletion(measure) ? COMPLETION_MEASURES[measure] : ARRIVAL_MEASURES[measure];

/** True for the measures that exist per linked policy only. */
export const perPolicyOnly = (measure: Measure) => definitionOf(measure).sql.includes('{policy}');

/**
 * One item's value of a measure, in its column's type. `policy` is the SQL naming the policy the
 * row counts for (null when the row is not per policy: such measures are then 0).
 */
export function measureSql(measure: Measure, policy: string | null): string {
  const { type, sql } = definitionOf(measure);
  if (!perPolicyOnly(measure)) return `(${sql})::${type}`;
  return policy === null ? `0::${type}` : `(${sql.replace(/\{policy\}/g, policy)})::${type}`;
}
