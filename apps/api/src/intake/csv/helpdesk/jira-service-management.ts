import { Channel, ItemKind, ItemSource, ItemStatus, Priority } from '../../../items/item.enums';
import type { HelpdeskSystem } from './helpdesk-system';

/** Jira Service Management: a queue or filter → Export → CSV (all fields). */
export const JIRA_SERVICE_MANAGEMENT: HelpdeskSystem = {
  label: 'Jira Service Management',
  names: ['jira-service-management', 'jsm', 'jira'],
  columns: {
    externalId: ['Issue key'],
    text: ['Description', 'Summary'],
    receivedAt: ['Created'],
    resolvedAt: ['Resolved'],
    status: ['Status'],
    priority: ['Priority'],
    kind: ['Issue Type'],
    channel: [],
    team: ['Team', 'Assigned group'],
    satisfaction: ['Satisfaction rating', 'Satisfaction'],
    customerRef: ['Reporter email', 'Reporter Id'],
  },
  values: {
    status: {
      open: ItemStatus.NEW,
      'waiting for support': ItemStatus.IN_PROGRESS,
      'in progress': ItemStatus.IN_PROGRESS,
      'work in progress': ItemStatus.IN_PROGRESS,
      escalated: ItemStatus.IN_PROGRESS,
      'waiting for customer': ItemStatus.WAITING_ON_CUSTOMER,
      pending: ItemStatus.WAITING_INTERNAL,
      'waiting for approval': ItemStatus.WAITING_INTERNAL,
      resolved: ItemStatus.RESOLVED,
      done: ItemStatus.CLOSED,
      closed: ItemStatus.CLOSED,
      canceled: ItemStatus.CLOSED,
      declined: ItemStatus.CLOSED,
    },
    priority: {
      highest: Priority.URGENT,
      high: Priority.HIGH,
      medium: Priority.NORMAL,
      low: Priority.LOW,
      lowest: Priority.LOW,
    },
    kind: {
      'service request': ItemKind.REQUEST,
      'service request with approvals': ItemKind.REQUEST,
      'it help': ItemKind.REQUEST,
      support: ItemKind.REQUEST,
      change: ItemKind.REQUEST,
      problem: ItemKind.REQUEST,
      'new feature': ItemKind.FEEDBACK,
      incident: ItemKind.COMPLAINT,
    },
  },
  defaults: {
    kind: ItemKind.REQUEST,
    source: ItemSource.EXTERNAL_CUSTOMER,
    channel: Channel.WEB_FORM,
  },
};
