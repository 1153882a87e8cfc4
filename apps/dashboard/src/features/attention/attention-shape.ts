// Pure shaping for the Attention page: the "no update for" choice in the URL, reasons and owners
// in words, and the CSV of the needs-attention list.
import type {
  AttentionQuery,
  AttentionReason,
  EscalationState,
  OwnerSource,
} from '../../graphql/generated/graphql';
import { csvDocument } from '../../lib/csv';
import { itemKindLabel, itemStatusLabel, priorityLabel } from '../../lib/labels';

export const STALE_PARAM = 'stale';
export const STALE_CHOICES = [3, 7, 14, 30] as const;
export const DEFAULT_STALE_DAYS = 7;

/** ?stale=14 → 14; anything but a listed choice gives the default. */
export function readStaleDays(params: URLSearchParams): number {
  const value = Number(params.get(STALE_PARAM));
  return (STALE_CHOICES as readonly number[]).includes(value) ? value : DEFAULT_STALE_DAYS;
}

export function withStaleDays(params: URLSearchParams, days: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (days === DEFAULT_STALE_DAYS) next.delete(STALE_PARAM);
  else next.set(STALE_PARAM, String(days));
  return next;
}

export const reasonLabel: Record<AttentionReason, string> = {
  FIRST_RESPONSE_OVERDUE: 'No first response, past target',
  RESOLUTION_OVERDUE: 'Past resolution target',
  NO_UPDATE: 'No update',
};

export const ownerSourceLabel: Record<OwnerSource, string> = {
  ASSIGNED: 'assigned',
  LAST_ACTOR: 'last to act',
  TEAM: 'team',
  NONE: 'nobody',
};

export const escalationStateLabel: Record<EscalationState, string> = {
  RESOLVED: 'Resolved',
  RETURNED: 'Returned',
  OPEN: 'Still open',
};

type Attention = AttentionQuery['attention'];

/** The needs-attention list as a spreadsheet: one row per item, reasons joined. */
export function attentionCsv(attention: Attention): string {
  return csvDocument(
    [
      'item id',
      'kind',
      'priority',
      'status',
      'team',
      'received at',
      'last update at',
      'days since update',
      'reasons',
      'hours overdue',
      'owner',
      'owner from',
      'escalations',
    ],
    attention.items.map((item) => [
      item.id,
      itemKindLabel[item.kind],
      priorityLabel[item.priority],
      itemStatusLabel[item.status],
      item.team?.name ?? '',
      String(item.receivedAt),
      String(item.lastUpdateAt),
      item.daysSinceUpdate,
      item.reasons.map((reason) => reasonLabel[reason]).join('; '),
      item.hoursOverdue,
      item.owner.name,
      ownerSourceLabel[item.owner.source],
      item.escalations,
    ]),
  );
}

/** The escalation pathway by team and by destination, as a spreadsheet. */
export function escalationsCsv(attention: Attention): string {
  const rows = [
    ...attention.escalations.byTeam.map((group) => ['from team', group] as const),
    ...attention.escalations.byDestination.map((group) => ['to', group] as const),
  ];
  return csvDocument(
    [
      'grouping',
      'name',
      'escalations',
      'items',
      'share of items escalated',
      'resolved',
      'returned',
      'still open',
      'resolved share',
      'median days to outcome',
    ],
    rows.map(([grouping, group]) => [
      grouping,
      group.label,
      group.escalations,
      group.items.count,
      group.escalatedShare?.share ?? null,
      group.resolved,
      group.returned,
      group.open,
      group.resolvedShare.share,
      group.medianDaysToOutcome,
    ]),
  );
}
