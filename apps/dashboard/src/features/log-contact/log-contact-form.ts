import type {
  Channel,
  ContactException,
  ItemKind,
  LogContactInput,
  Priority,
} from '../../graphql/generated/graphql';
import { type Decision, isException, viabilityOf } from '../../lib/decisions';

const EXCEPTIONS: Record<'EXCEPTION_GRANTED' | 'EXCEPTION_REFUSED', ContactException> = {
  EXCEPTION_GRANTED: 'GRANTED',
  EXCEPTION_REFUSED: 'REFUSED',
};
import { formatNumber } from '../../lib/format';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, ITEM_TEXT_LIMIT, optionalText } from '../../lib/text';

export type CustomerSource = 'EXTERNAL_CUSTOMER' | 'INTERNAL_CUSTOMER';

export interface ContactDraft {
  kind: ItemKind | null;
  source: CustomerSource;
  channel: Channel;
  teamId: string;
  policyId: string;
  priority: Priority;
  text: string;
  customerRef: string;
  /** What was decided with the customer; '' when nothing was decided yet. */
  decision: Decision | '';
}

export type ContactField = keyof ContactDraft;

export const emptyContact = (): ContactDraft => ({
  kind: null,
  source: 'EXTERNAL_CUSTOMER',
  channel: 'PHONE',
  teamId: '',
  policyId: '',
  priority: 'NORMAL',
  text: '',
  customerRef: '',
  decision: '',
});

export const CONTACT_FIELD_IDS: Record<ContactField, string> = {
  kind: 'contact-kind',
  source: 'contact-source',
  channel: 'contact-channel',
  teamId: 'contact-team',
  policyId: 'contact-policy',
  priority: 'contact-priority',
  text: 'contact-text',
  customerRef: 'contact-customer-ref',
  decision: 'contact-decision',
};

export function validateContact(draft: ContactDraft): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  if (!draft.kind) errors.kind = 'Choose what kind of contact this was';
  if (isBlank(draft.text)) errors.text = 'Enter what the customer said';
  else if (characterCount(draft.text) > ITEM_TEXT_LIMIT) {
    errors.text = `Shorten the text to ${formatNumber(ITEM_TEXT_LIMIT)} characters or fewer (it is ${formatNumber(characterCount(draft.text) - ITEM_TEXT_LIMIT)} over)`;
  }
  if (characterCount(draft.customerRef) > SHORT_TEXT_LIMIT) {
    errors.customerRef = `A customer reference is at most ${SHORT_TEXT_LIMIT} characters`;
  }
  if (isException(draft.decision) && !draft.policyId) {
    errors.policyId = 'Choose the policy the exception was asked against';
  }
  return errors;
}

/** The contact with its decision: an exception rides along and is stored with it or not at all. */
export function toLogContactInput(draft: ContactDraft): LogContactInput {
  if (!draft.kind) throw new Error('toLogContactInput needs a validated draft');
  return {
    kind: draft.kind,
    source: draft.source,
    channel: draft.channel,
    priority: draft.priority,
    text: draft.text.trim(),
    teamId: draft.teamId || null,
    policyId: draft.policyId || null,
    customerRef: optionalText(draft.customerRef),
    viability: viabilityOf(draft.decision),
    exception: isException(draft.decision) ? EXCEPTIONS[draft.decision] : null,
  };
}

export const CONTACT_SERVER_MESSAGES: Partial<
  Record<ContactField, Partial<Record<string, string>>>
> = {
  teamId: { exists: 'That team no longer exists. Choose another team.' },
  policyId: { exists: 'That policy no longer exists. Choose another, or none.' },
  text: { notBlank: 'Enter what the customer said', required: 'Enter what the customer said' },
};

/** The short reference staff can quote back to the customer: the item id's first characters. */
export { referenceOf } from '../../lib/reference';
