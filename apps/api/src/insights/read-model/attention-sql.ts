// One definition each of "needs attention" and "decided at first contact", on a facts row: the
// attention and first-contact insights count with these, and a drilldown with the same condition
// opens exactly the items counted.
import { registerEnumType } from '@nestjs/graphql';

/** Timeline events the customer sees: a reply, a decision (an exception) or a status change. */
export const CUSTOMER_VISIBLE_EVENTS = [
  'staff_reply',
  'follow_up',
  'status_changed',
  'exception_granted',
  'exception_refused',
];

/** Not finished: neither resolved nor closed (the facts' resolved_at is either). */
export const isOpen = (a = 'f') => `${a}.resolved_at IS NULL`;

/** The last update the customer saw, or the item's arrival when there was none. */
export const lastUpdate = (a = 'f') =>
  `coalesce((SELECT max(u.occurred_at) FROM item_events u WHERE u.item_id = ${a}.item_id AND u.type IN (${CUSTOMER_VISIBLE_EVENTS.map((t) => `'${t}'`).join(', ')})), ${a}.received_at)`;

/** Open, and no update for `days` days before `now` (both SQL expressions). */
export const staleCondition = (days: string, now: string, a = 'f') =>
  `(${isOpen(a)} AND ${lastUpdate(a)} <= ${now} - ${days} * interval '1 day')`;

/** Open and still unanswered past the first-response target. */
export const firstResponseOverdue = (now: string, a = 'f') =>
  `(${isOpen(a)} AND ${a}.first_response_at IS NULL AND ${a}.first_response_target_ms IS NOT NULL AND ${now} - ${a}.received_at > ${a}.first_response_target_ms * interval '1 millisecond')`;

/** Open past the resolution target. */
export const resolutionOverdue = (now: string, a = 'f') =>
  `(${isOpen(a)} AND ${a}.resolution_target_ms IS NOT NULL AND ${now} - ${a}.received_at > ${a}.resolution_target_ms * interval '1 millisecond')`;

/** Needs attention: open and past a service level now, or without an update for `days` days. */
export const needsAttention = (days: string, now: string, a = 'f') =>
  `(${firstResponseOverdue(now, a)} OR ${resolutionOverdue(now, a)} OR ${staleCondition(days, now, a)})`;

/**
 * Where an item's decision was given. "Decided at first contact": the item carries a decision
 * other than escalated or referred, nothing on its timeline escalated it, and it never waited —
 * on the customer or on someone inside — before it was finished (or, while open, at all): no
 * hand-off, no second contact needed; a contact logged with its decision qualifies. Escalated:
 * decided as escalated, or any escalation on the timeline. Later: decided after a wait.
 * Undecided: no decision. (A timeline without status changes records no wait.)
 */
export enum FirstContactOutcome {
  FIRST_CONTACT = 'first_contact',
  LATER = 'later',
  ESCALATED = 'escalated',
  REFERRED = 'referred',
  UNDECIDED = 'undecided',
}
registerEnumType(FirstContactOutcome, {
  name: 'FirstContactOutcome',
  description:
    'Where the decision was given: at the first contact (no wait or hand-off before it, not escalated or referred), later, escalated, referred, or not yet.',
});

const waitedBeforeFinish = (a: string) =>
  `EXISTS (SELECT 1 FROM item_events w WHERE w.item_id = ${a}.item_id AND w.type = 'status_changed' AND w.status IN ('waiting_on_customer', 'waiting_internal') AND (${a}.resolved_at IS NULL OR w.occurred_at < ${a}.resolved_at))`;

/** The item's FirstContactOutcome as text. */
export const firstContactOutcome = (a = 'f') => `(CASE
  WHEN ${a}.viability IS NOT DISTINCT FROM 'escalated' OR ${a}.escalations > 0 THEN 'escalated'
  WHEN ${a}.viability IS NOT DISTINCT FROM 'referred' THEN 'referred'
  WHEN ${a}.viability IS NULL THEN 'undecided'
  WHEN ${waitedBeforeFinish(a)} THEN 'later'
  ELSE 'first_contact' END)`;

/**
 * Where an escalation went, as one label: the team's name when it went to a team, else the
 * person or body written down (trimmed, first letter's case kept).
 */
export const escalationDestination = (e = 'e') =>
  `coalesce((SELECT t.name FROM teams t WHERE t.id = ${e}.escalated_to_team_id), nullif(btrim(${e}.escalated_to), ''), 'Not recorded')`;
