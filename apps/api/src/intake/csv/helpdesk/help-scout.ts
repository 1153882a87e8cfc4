import { Channel, ItemKind, ItemSource, ItemStatus } from '../../../items/item.enums';
import type { HelpdeskSystem } from './helpdesk-system';

/** Help Scout: Reports → Conversations → Export (CSV). Its Type column is the channel. */
export const HELP_SCOUT: HelpdeskSystem = {
  label: 'Help Scout',
  names: ['help-scout', 'helpscout'],
  columns: {
    externalId: ['Conversation ID', 'Number'],
    text: ['Subject'],
    receivedAt: ['Created At'],
    closedAt: ['Closed At'],
    status: ['Status'],
    channel: ['Type'],
    team: ['Mailbox'],
    satisfaction: ['Rating'],
    customerRef: ['Customer email'],
    kind: [],
    priority: [],
  },
  values: {
    status: {
      active: ItemStatus.IN_PROGRESS,
      pending: ItemStatus.WAITING_ON_CUSTOMER,
      closed: ItemStatus.CLOSED,
    },
    channel: { email: Channel.EMAIL, chat: Channel.CHAT, phone: Channel.PHONE },
    satisfaction: { great: 5, okay: 3, 'not good': 1 },
  },
  defaults: {
    kind: ItemKind.REQUEST,
    source: ItemSource.EXTERNAL_CUSTOMER,
    channel: Channel.EMAIL,
  },
};
