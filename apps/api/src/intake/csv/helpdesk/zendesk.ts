import { Channel, ItemKind, ItemSource, ItemStatus } from '../../../items/item.enums';
import type { HelpdeskSystem } from './helpdesk-system';

/** Zendesk Support: Admin Center → Reports → Export → CSV (tickets). */
export const ZENDESK: HelpdeskSystem = {
  label: 'Zendesk',
  names: ['zendesk'],
  columns: {
    externalId: ['Id'],
    text: ['Description', 'Subject'],
    receivedAt: ['Created at'],
    resolvedAt: ['Solved at'],
    status: ['Status'],
    priority: ['Priority'],
    kind: ['Ticket type'],
    channel: ['Via'],
    team: ['Group'],
    satisfaction: ['Satisfaction Score'],
    customerRef: ['Requester email', 'Requester id'],
  },
  values: {
    status: {
      new: ItemStatus.NEW,
      open: ItemStatus.IN_PROGRESS,
      pending: ItemStatus.WAITING_ON_CUSTOMER,
      hold: ItemStatus.WAITING_INTERNAL,
      'on-hold': ItemStatus.WAITING_INTERNAL,
      solved: ItemStatus.RESOLVED,
      closed: ItemStatus.CLOSED,
    },
    kind: {
      question: ItemKind.REQUEST,
      task: ItemKind.REQUEST,
      problem: ItemKind.REQUEST,
      incident: ItemKind.COMPLAINT,
    },
    channel: {
      web: Channel.WEB_FORM,
      'web form': Channel.WEB_FORM,
      'web widget': Channel.WEB_FORM,
      email: Channel.EMAIL,
      mail: Channel.EMAIL,
      chat: Channel.CHAT,
      'native messaging': Channel.CHAT,
      messaging: Channel.CHAT,
      phone: Channel.PHONE,
      voice: Channel.PHONE,
      'phone call (incoming)': Channel.PHONE,
      'phone call (outgoing)': Channel.PHONE,
      voicemail: Channel.PHONE,
      twitter: Channel.SOCIAL,
      facebook: Channel.SOCIAL,
    },
    satisfaction: {
      good: 5,
      'good with comment': 5,
      bad: 1,
      'bad with comment': 1,
      offered: null,
      unoffered: null,
    },
  },
  defaults: {
    kind: ItemKind.REQUEST,
    source: ItemSource.EXTERNAL_CUSTOMER,
    channel: Channel.EMAIL,
  },
};
