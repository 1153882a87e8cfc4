import type { SubmitStaffPulseInput } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import { characterCount, ITEM_TEXT_LIMIT, optionalText } from '../../lib/text';

export interface PulseDraft {
  teamId: string;
  workload: number | null;
  obstacles: string;
  customerRequests: string;
  workloadComment: string;
  anonymous: boolean;
}

export type PulseField = keyof PulseDraft;

export const emptyPulse = (teamId = ''): PulseDraft => ({
  teamId,
  workload: null,
  obstacles: '',
  customerRequests: '',
  workloadComment: '',
  anonymous: false,
});

/** DOM ids of the controls, so error messages can link to them. */
export const PULSE_FIELD_IDS: Record<PulseField, string> = {
  teamId: 'pulse-team',
  workload: 'pulse-workload',
  obstacles: 'pulse-obstacles',
  customerRequests: 'pulse-customer-requests',
  workloadComment: 'pulse-workload-comment',
  anonymous: 'pulse-anonymous',
};

export const PULSE_TEXT_LABELS = {
  obstacles: 'What gets in the way of serving customers?',
  customerRequests: 'What do customers ask for that we don’t offer?',
  workloadComment: 'Anything to add about your workload?',
} as const;

/** Rules checked before sending; the API checks the same ones. */
export function validatePulse(draft: PulseDraft): Partial<Record<PulseField, string>> {
  const errors: Partial<Record<PulseField, string>> = {};
  if (!draft.teamId) errors.teamId = 'Your account has no team. Ask an administrator to set it';
  if (draft.workload === null) errors.workload = 'Choose how your workload has felt';
  for (const field of ['obstacles', 'customerRequests', 'workloadComment'] as const) {
    const over = characterCount(draft[field]) - ITEM_TEXT_LIMIT;
    if (over > 0) {
      errors[field] =
        `Shorten this answer to ${formatNumber(ITEM_TEXT_LIMIT)} characters or fewer (it is ${formatNumber(over)} over)`;
    }
  }
  return errors;
}

/** Blank answers are left out: the API treats an empty string as an error, not as "no answer". */
export function toPulseInput(draft: PulseDraft): SubmitStaffPulseInput {
  if (draft.workload === null) throw new Error('toPulseInput needs a validated draft');
  return {
    teamId: draft.teamId,
    workload: draft.workload,
    obstacles: optionalText(draft.obstacles),
    customerRequests: optionalText(draft.customerRequests),
    workloadComment: optionalText(draft.workloadComment),
    anonymous: draft.anonymous,
  };
}

/** Friendlier words for the rules the API reports by field. */
export const PULSE_SERVER_MESSAGES: Partial<Record<PulseField, Partial<Record<string, string>>>> = {
  teamId: {
    exists: 'Your team no longer exists. Ask an administrator to set your team.',
    ownTeam: 'Feedback can only be given for your own team. Ask an administrator if it is wrong.',
    isUuid: 'Your account has no team. Ask an administrator to set your team.',
  },
  workload: { min: 'Choose how your workload has felt', max: 'Choose how your workload has felt' },
};
