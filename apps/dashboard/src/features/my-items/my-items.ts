import type { ItemEventType, ItemStatus, ViabilityDecision } from '../../graphql/generated/graphql';
import { itemEventTypeLabel, viabilityLabel } from '../../lib/labels';

export type MyItemsView = 'open' | 'closed';

/** Open: still someone's to answer. Closed: resolved or closed. */
export const STATUSES_OF: Record<MyItemsView, ItemStatus[]> = {
  open: ['NEW', 'IN_PROGRESS', 'WAITING_INTERNAL', 'WAITING_ON_CUSTOMER'],
  closed: ['RESOLVED', 'CLOSED'],
};

/** The view in the URL (`?status=closed`); anything else is the open items. */
export function readView(params: URLSearchParams): MyItemsView {
  return params.get('status') === 'closed' ? 'closed' : 'open';
}

interface TimelineEntry {
  type: ItemEventType;
  occurredAt: string;
}

interface DecidedItem {
  receivedAt: string;
  viability?: ViabilityDecision | null;
  /** Oldest first, as the API gives them. */
  events: readonly TimelineEntry[];
}

/**
 * The decisions given so far, in words: the item's decision (set with a reply) and the last
 * exception to a policy (an entry of its own); null when none was given yet.
 */
export function lastDecision(item: DecidedItem): string | null {
  const exception = [...item.events]
    .reverse()
    .find((event) => event.type === 'EXCEPTION_GRANTED' || event.type === 'EXCEPTION_REFUSED');
  const parts = [
    item.viability ? viabilityLabel[item.viability] : null,
    exception ? itemEventTypeLabel[exception.type] : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** When the item last changed: its latest timeline entry, or its arrival when it has none. */
export function lastUpdatedAt(item: DecidedItem): string {
  return item.events.reduce(
    (latest, event) =>
      Date.parse(event.occurredAt) > Date.parse(latest) ? event.occurredAt : latest,
    item.receivedAt,
  );
}
