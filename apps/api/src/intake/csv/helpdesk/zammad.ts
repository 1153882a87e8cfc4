import { Channel, ItemKind, ItemSource, ItemStatus, Priority } from '../../../items/item.enums';
import type { HelpdeskSystem } from './helpdesk-system';

/** Zammad: Reporting → ticket list → Download (CSV/XLS). The Customer column is a name: not imported. */
export const ZAMMAD: HelpdeskSystem = {
  label: 'Zammad',
  names: ['zammad'],
  columns: {
    externalId: ['Number'],
    text: ['Title'],
    receivedAt: ['Created at'],
    closedAt: ['Closed at'],
    status: ['State'],
    priority: ['Priority'],
    team: ['Group'],
    kind: [],
  },
  values: {
    status: {
      new: ItemStatus.NEW,
      open: ItemStatus.IN_PROGRESS,
      'pending reminder': ItemStatus.WAITING_INTERNAL,
      'pending close': ItemStatus.WAITING_ON_CUSTOMER,
      closed: ItemStatus.CLOSED,
      merged: ItemStatus.CLOSED,
    },
    priority: { '1 low': Priority.LOW, '2 normal': Priority.NORMAL, '3 high': Priority.HIGH },
  },
  defaults: {
    kind: ItemKind.REQUEST,
    source: ItemSource.EXTERNAL_CUSTOMER,
    channel: Channel.EMAIL,
  },
};
