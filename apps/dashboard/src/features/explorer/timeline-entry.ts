import type { RecordItemEventInput } from '../../graphql/generated/graphql';
import { type Decision, exceptionEventOf, viabilityOf } from '../../lib/decisions';
import { formatNumber } from '../../lib/format';
import { characterCount, isBlank, ITEM_TEXT_LIMIT, optionalText } from '../../lib/text';

/** A reply to the customer, a decision, or both, added to an item's timeline. */
export interface TimelineEntryDraft {
  text: string;
  decision: Decision | '';
}

export type TimelineEntryField = keyof TimelineEntryDraft;

export const emptyTimelineEntry = (): TimelineEntryDraft => ({ text: '', decision: '' });

export const TIMELINE_ENTRY_FIELD_IDS: Record<TimelineEntryField, string> = {
  text: 'timeline-entry-text',
  decision: 'timeline-entry-decision',
};

export function validateTimelineEntry(
  draft: TimelineEntryDraft,
  itemHasPolicy: boolean,
): Partial<Record<TimelineEntryField, string>> {
  const errors: Partial<Record<TimelineEntryField, string>> = {};
  const exception = exceptionEventOf(draft.decision);
  // A reply carries any other decision, so it needs its text; an exception is its own entry.
  if (!exception && isBlank(draft.text)) {
    errors.text = draft.decision
      ? 'Enter what you told the customer about the decision'
      : 'Enter a reply, or choose a decision';
  } else if (characterCount(draft.text) > ITEM_TEXT_LIMIT) {
    errors.text = `Shorten the reply to ${formatNumber(ITEM_TEXT_LIMIT)} characters or fewer`;
  }
  if (exception && !itemHasPolicy) {
    errors.decision = 'This item names no policy, so an exception cannot be recorded on it';
  }
  return errors;
}

export function toRecordItemEventInput(
  itemId: string,
  draft: TimelineEntryDraft,
): RecordItemEventInput {
  const exception = exceptionEventOf(draft.decision);
  if (exception) return { itemId, type: exception, text: optionalText(draft.text) };
  return {
    itemId,
    type: 'STAFF_REPLY',
    text: draft.text.trim(),
    viability: viabilityOf(draft.decision),
  };
}

export const TIMELINE_ENTRY_SERVER_MESSAGES: Partial<
  Record<TimelineEntryField, Partial<Record<string, string>>>
> = {
  text: { notBlank: 'Enter a reply, or choose a decision' },
};
