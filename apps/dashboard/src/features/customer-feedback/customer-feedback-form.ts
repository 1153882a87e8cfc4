import type { ItemKind, SubmitCustomerFeedbackInput } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, ITEM_TEXT_LIMIT, optionalText } from '../../lib/text';

export type PublicSource = 'EXTERNAL_CUSTOMER' | 'INTERNAL_CUSTOMER';

export interface FeedbackDraft {
  kind: ItemKind | null;
  source: PublicSource;
  text: string;
  contact: string;
}

export type FeedbackField = keyof FeedbackDraft;

export const emptyFeedback = (): FeedbackDraft => ({
  kind: null,
  source: 'EXTERNAL_CUSTOMER',
  text: '',
  contact: '',
});

export const FEEDBACK_FIELD_IDS: Record<FeedbackField, string> = {
  kind: 'feedback-kind',
  source: 'feedback-source',
  text: 'feedback-text',
  contact: 'feedback-contact',
};

export function validateFeedback(draft: FeedbackDraft): Partial<Record<FeedbackField, string>> {
  const errors: Partial<Record<FeedbackField, string>> = {};
  if (!draft.kind) errors.kind = 'Choose what you would like to send';
  const length = characterCount(draft.text);
  if (isBlank(draft.text)) errors.text = 'Enter your message';
  else if (length > ITEM_TEXT_LIMIT) {
    errors.text = `Your message must be ${formatNumber(ITEM_TEXT_LIMIT)} characters or fewer (it is ${formatNumber(length - ITEM_TEXT_LIMIT)} over)`;
  }
  if (characterCount(draft.contact) > SHORT_TEXT_LIMIT) {
    errors.contact = `Contact details must be ${SHORT_TEXT_LIMIT} characters or fewer`;
  }
  return errors;
}

export function toFeedbackInput(draft: FeedbackDraft): SubmitCustomerFeedbackInput {
  if (!draft.kind) throw new Error('toFeedbackInput needs a validated draft');
  return {
    kind: draft.kind,
    source: draft.source,
    text: draft.text.trim(),
    contact: optionalText(draft.contact),
  };
}

export const FEEDBACK_SERVER_MESSAGES: Partial<
  Record<FeedbackField, Partial<Record<string, string>>>
> = {
  text: {
    notBlank: 'Enter your message',
    required: 'Enter your message',
    maxLength: `Your message must be ${formatNumber(ITEM_TEXT_LIMIT)} characters or fewer`,
  },
  contact: {
    maxLength: `Contact details must be ${SHORT_TEXT_LIMIT} characters or fewer`,
    notBlank: 'Leave contact details empty, or enter an email or phone number',
  },
};
