import type { ItemEventType, ViabilityDecision } from '../graphql/generated/graphql';
import { viabilityLabel } from './labels';

/**
 * The decisions staff give at the point of contact. Exceptions to a policy are timeline events
 * naming the policy; the others are the item's decision (`viability`), which the review counts.
 */
export type Decision = ViabilityDecision | 'EXCEPTION_GRANTED' | 'EXCEPTION_REFUSED';

const EXCEPTION_LABELS: Record<'EXCEPTION_GRANTED' | 'EXCEPTION_REFUSED', string> = {
  EXCEPTION_GRANTED: 'Exception to the policy granted',
  EXCEPTION_REFUSED: 'Exception to the policy refused',
};

export const DECISION_OPTIONS: { value: Decision; label: string }[] = [
  ...(['ACCEPTED', 'SOFT_NO', 'HARD_NO'] as const).map((value) => ({
    value,
    label: viabilityLabel[value],
  })),
  ...(['EXCEPTION_GRANTED', 'EXCEPTION_REFUSED'] as const).map((value) => ({
    value,
    label: EXCEPTION_LABELS[value],
  })),
  ...(['ESCALATED', 'REFERRED'] as const).map((value) => ({ value, label: viabilityLabel[value] })),
];

export const isException = (
  decision: Decision | '',
): decision is 'EXCEPTION_GRANTED' | 'EXCEPTION_REFUSED' =>
  decision === 'EXCEPTION_GRANTED' || decision === 'EXCEPTION_REFUSED';

/** The item's decision a choice sets; null for none or an exception (an event of its own). */
export const viabilityOf = (decision: Decision | ''): ViabilityDecision | null =>
  decision === '' || isException(decision) ? null : decision;

/** The timeline event an exception decision is recorded as. */
export const exceptionEventOf = (decision: Decision | ''): ItemEventType | null =>
  isException(decision) ? decision : null;
