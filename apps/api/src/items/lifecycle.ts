import { ItemEventType, ItemStatus } from './item.enums';

export interface LifecycleState {
  status: ItemStatus;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  satisfaction: number | null;
}

export interface LifecycleEvent {
  type: ItemEventType;
  occurredAt: Date;
  status: ItemStatus | null;
  satisfaction: number | null;
}

const DONE = new Set([ItemStatus.RESOLVED, ItemStatus.CLOSED]);

/**
 * An item's status and timestamps as its timeline says, whatever order the events arrived in:
 * the latest status change wins, the earliest staff reply is the first response, a reopened item
 * is no longer resolved, and the latest satisfaction answer counts.
 */
export function deriveLifecycle(
  current: LifecycleState,
  events: readonly LifecycleEvent[],
): LifecycleState {
  const timeline = [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const next = { ...current };

  const firstReply = timeline.find((event) => event.type === ItemEventType.STAFF_REPLY);
  if (firstReply && (!next.firstResponseAt || firstReply.occurredAt < next.firstResponseAt)) {
    next.firstResponseAt = firstReply.occurredAt;
  }

  const statusChanges = timeline.filter(
    (event) => event.type === ItemEventType.STATUS_CHANGED && event.status,
  );
  if (statusChanges.length > 0) {
    next.status = statusChanges[statusChanges.length - 1].status as ItemStatus;
    // The current resolution began with the first change into resolved/closed after the last reopening.
    let streakStart: LifecycleEvent | undefined;
    let closedAt: Date | null = null;
    for (const change of statusChanges) {
      if (DONE.has(change.status as ItemStatus)) {
        streakStart ??= change;
        if (change.status === ItemStatus.CLOSED) closedAt ??= change.occurredAt;
      } else {
        streakStart = undefined;
        closedAt = null;
      }
    }
    next.resolvedAt = streakStart?.occurredAt ?? null;
    next.closedAt = next.status === ItemStatus.CLOSED ? (closedAt ?? current.closedAt) : null;
  }

  const answered = timeline.filter(
    (event) => event.type === ItemEventType.SATISFACTION_CHECK && event.satisfaction,
  );
  if (answered.length > 0) next.satisfaction = answered[answered.length - 1].satisfaction;
  return next;
}
