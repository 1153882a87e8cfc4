import { ItemEventType, FlagType } from '../../items/item.enums';
import {
  escalationDestination,
  firstContactOutcome,
  firstResponseOverdue,
  needsAttention,
  resolutionOverdue,
  staleCondition,
} from './attention-sql';
import { ComplaintStep, type Drilldown, SlaClock } from './drilldown.types';
import type { Filter } from './scope';

/** Collects query parameters: `sql.p(value)` returns its placeholder ($1, $2 …). */
export class Sql {
  readonly params: unknown[] = [];

  p(value: unknown, cast?: string): string {
    this.params.push(value);
    return cast ? `$${this.params.length}::${cast}` : `$${this.params.length}`;
  }
}

export const iso = (ms: number) => new Date(ms).toISOString();

/** `(f.flags & <bit of the flag>) <> 0`: the item carries the flag. */
export const hasFlag = (flag: FlagType, alias = 'f') =>
  `(${alias}.flags & insight_flag_bit('${flag}')) <> 0`;

/** Whether an item (a facts row) completed a complaint-protocol step, from events and reply cues. */
export function stepDone(step: ComplaintStep, alias = 'f'): string {
  switch (step) {
    case ComplaintStep.ACKNOWLEDGED:
      return `(${hasFlag(FlagType.PROTOCOL_APOLOGY, alias)})`;
    case ComplaintStep.OPTIONS_OFFERED:
      return `(${hasFlag(FlagType.PROTOCOL_OPTIONS, alias)} OR ${alias}.viability IS NOT DISTINCT FROM 'soft_no')`;
    case ComplaintStep.FOLLOWED_THROUGH:
      return `(${alias}.follow_ups > 0 OR ${hasFlag(FlagType.PROTOCOL_FOLLOW_THROUGH, alias)})`;
    case ComplaintStep.SATISFACTION_CHECKED:
      return `(${alias}.satisfaction_checks > 0 OR ${hasFlag(FlagType.PROTOCOL_SATISFACTION_CHECK, alias)})`;
    case ComplaintStep.FEEDBACK_ASKED:
      return `(${hasFlag(FlagType.PROTOCOL_FEEDBACK_REQUEST, alias)})`;
  }
}

/** Milliseconds an item has spent in a status, the current open spell included (aged to `now`). */
export function msIn(status: string, now: string, alias = 'f'): string {
  const column = `${alias}.${status}_ms`;
  return `(${column} + CASE WHEN ${alias}.status = '${status}' THEN greatest(0, date_part('epoch', ${now} - ${alias}.status_since) * 1000) ELSE 0 END)`;
}

/** Conditions for the items of a filter, on a facts row. */
export function filterConditions(sql: Sql, filter: Filter, alias = 'f'): string[] {
  const conditions: string[] = [];
  if (filter.teamIds.length)
    conditions.push(`${alias}.team_id = ANY(${sql.p(filter.teamIds, 'uuid[]')})`);
  if (filter.kinds.length)
    conditions.push(`${alias}.kind = ANY(${sql.p(filter.kinds, 'item_kind[]')})`);
  if (filter.channels.length)
    conditions.push(`${alias}.channel = ANY(${sql.p(filter.channels, 'channel[]')})`);
  if (filter.themeIds.length)
    conditions.push(`${alias}.theme_ids && ${sql.p(filter.themeIds, 'uuid[]')}`);
  if (filter.policyIds.length)
    conditions.push(`${alias}.linked_policy_ids && ${sql.p(filter.policyIds, 'uuid[]')}`);
  return conditions;
}

const EVENT_CONDITIONS: Record<ItemEventType, (alias: string) => string> = {
  [ItemEventType.STATUS_CHANGED]: (a) => `${a}.has_timeline`,
  [ItemEventType.STAFF_REPLY]: (a) => `${a}.first_response_at IS NOT NULL`,
  [ItemEventType.ESCALATED]: (a) => `${a}.escalations > 0`,
  [ItemEventType.EXCEPTION_GRANTED]: (a) => `${a}.exceptions_granted > 0`,
  [ItemEventType.EXCEPTION_REFUSED]: (a) => `${a}.exceptions_refused > 0`,
  [ItemEventType.FOLLOW_UP]: (a) => `${a}.follow_ups > 0`,
  [ItemEventType.SATISFACTION_CHECK]: (a) => `${a}.satisfaction_checks > 0`,
};

/** A service-level breach of one clock, open items aged to `now` (as the SLA report counts them). */
export function breachCondition(clock: SlaClock, now: string, alias = 'f'): string {
  const [end, target] =
    clock === SlaClock.FIRST_RESPONSE
      ? [
          `coalesce(${alias}.first_response_at, ${alias}.resolved_at, ${now})`,
          'first_response_minutes',
        ]
      : [`coalesce(${alias}.resolved_at, ${now})`, 'resolution_minutes'];
  return `EXISTS (SELECT 1 FROM service_levels sl WHERE sl.kind = ${alias}.kind AND sl.priority = ${alias}.priority AND ${end} - ${alias}.received_at > sl.${target} * interval '1 minute')`;
}

/** Conditions for the items behind a drilldown, on a facts row. */
export function drilldownConditions(
  sql: Sql,
  drilldown: Drilldown,
  now: number,
  alias = 'f',
): string[] {
  const a = alias;
  const conditions = filterConditions(
    sql,
    {
      teamIds: drilldown.teamIds ?? [],
      themeIds: drilldown.themeIds ?? [],
      policyIds: drilldown.linkedPolicyIds ?? [],
      channels: drilldown.channels ?? [],
      kinds: drilldown.kinds ?? [],
    },
    a,
  );
  const at = (date: Date) => sql.p(date.toISOString(), 'timestamptz');
  if (drilldown.receivedFrom) conditions.push(`${a}.received_at >= ${at(drilldown.receivedFrom)}`);
  if (drilldown.receivedTo) conditions.push(`${a}.received_at < ${at(drilldown.receivedTo)}`);
  if (drilldown.resolvedFrom) conditions.push(`${a}.resolved_at >= ${at(drilldown.resolvedFrom)}`);
  if (drilldown.resolvedTo) conditions.push(`${a}.resolved_at < ${at(drilldown.resolvedTo)}`);
  if (drilldown.openAt) {
    const openAt = at(drilldown.openAt);
    conditions.push(
      `${a}.received_at < ${openAt} AND (${a}.resolved_at IS NULL OR ${a}.resolved_at >= ${openAt})`,
    );
  }
  if (drilldown.statuses?.length)
    conditions.push(`${a}.status = ANY(${sql.p(drilldown.statuses, 'item_status[]')})`);
  if (drilldown.sentiments?.length)
    conditions.push(`${a}.sentiment = ANY(${sql.p(drilldown.sentiments, 'sentiment_label[]')})`);
  if (drilldown.viabilities?.length)
    conditions.push(
      `${a}.viability = ANY(${sql.p(drilldown.viabilities, 'viability_decision[]')})`,
    );
  if (drilldown.flags?.length)
    conditions.push(
      `(${a}.flags & (SELECT bit_or(insight_flag_bit(t)) FROM unnest(${sql.p(drilldown.flags, 'flag_type[]')}) AS t)) <> 0`,
    );
  if (drilldown.eventTypes?.length)
    conditions.push(
      `(${drilldown.eventTypes.map((type) => EVENT_CONDITIONS[type](a)).join(' OR ')})`,
    );
  const nowSql = drilldown.slaBreached || drilldown.waitedIn ? sql.p(iso(now), 'timestamptz') : '';
  if (drilldown.slaBreached) conditions.push(breachCondition(drilldown.slaBreached, nowSql, a));
  if (drilldown.waitedIn) {
    const status = drilldown.waitedIn;
    conditions.push(
      ['new', 'in_progress', 'waiting_on_customer', 'waiting_internal'].includes(status)
        ? `${msIn(status, nowSql, a)} > 0`
        : `${a}.status = ${sql.p(status, 'item_status')}`,
    );
  }
  if (drilldown.reopened !== undefined && drilldown.reopened !== null)
    conditions.push(drilldown.reopened ? `${a}.reopened > 0` : `${a}.reopened = 0`);
  const yesNo = (value: boolean | null | undefined, condition: string) => {
    if (value !== undefined && value !== null)
      conditions.push(value ? condition : `NOT ${condition}`);
  };
  yesNo(drilldown.rated, `(${a}.satisfaction IS NOT NULL)`);
  // As the first-response histograms count it: a resolution without a reply answers too.
  yesNo(drilldown.answered, `(${a}.first_response_at IS NOT NULL OR ${a}.resolved_at IS NOT NULL)`);
  yesNo(drilldown.linkedToPolicy, `(coalesce(cardinality(${a}.linked_policy_ids), 0) > 0)`);
  for (const step of drilldown.protocolStepsDone ?? []) conditions.push(stepDone(step, a));
  if (drilldown.protocolStepMissing)
    conditions.push(`NOT ${stepDone(drilldown.protocolStepMissing, a)}`);
  const attentionNow = () => sql.p(iso(now), 'timestamptz');
  if (drilldown.overdue)
    conditions.push(
      drilldown.overdue === SlaClock.FIRST_RESPONSE
        ? firstResponseOverdue(attentionNow(), a)
        : resolutionOverdue(attentionNow(), a),
    );
  if (drilldown.noUpdateForDays)
    conditions.push(staleCondition(sql.p(drilldown.noUpdateForDays, 'int'), attentionNow(), a));
  if (drilldown.needsAttentionDays)
    conditions.push(needsAttention(sql.p(drilldown.needsAttentionDays, 'int'), attentionNow(), a));
  if (drilldown.firstContact)
    conditions.push(`${firstContactOutcome(a)} = ${sql.p(drilldown.firstContact)}`);
  if (drilldown.escalatedTo)
    conditions.push(
      `EXISTS (SELECT 1 FROM item_events e WHERE e.item_id = ${a}.item_id AND e.type = 'escalated' AND lower(${escalationDestination('e')}) = lower(${sql.p(drilldown.escalatedTo.trim())}))`,
    );
  if (drilldown.itemIds?.length)
    conditions.push(`${a}.item_id = ANY(${sql.p(drilldown.itemIds, 'uuid[]')})`);
  return conditions;
}

export const where = (conditions: readonly string[]) =>
  conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';

/** A drilldown carrying the scope's filter, plus what is specific to the figure. */
export function filterDrilldown(filter: Filter, extra: Drilldown = {}): Drilldown {
  const list = <T>(values: T[]) => (values.length ? values : undefined);
  return {
    teamIds: list(filter.teamIds),
    themeIds: list(filter.themeIds),
    linkedPolicyIds: list(filter.policyIds),
    channels: list(filter.channels),
    kinds: list(filter.kinds),
    ...extra,
  };
}
