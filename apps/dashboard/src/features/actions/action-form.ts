import type {
  ActionStatus,
  CreateActionInput,
  ImprovementActionFieldsFragment,
  UpdateActionInput,
} from '../../graphql/generated/graphql';
import { isDay } from '../../lib/day';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, optionalText } from '../../lib/text';

export const ACTION_DESCRIPTION_LIMIT = 2_000;

export interface ActionDraft {
  title: string;
  description: string;
  owner: string;
  status: ActionStatus;
  policyId: string;
  themeId: string;
  teamId: string;
  /** YYYY-MM-DD or empty. */
  startedOn: string;
  doneOn: string;
}

export type ActionField = keyof ActionDraft;

export const ACTION_FIELD_IDS: Record<ActionField, string> = {
  title: 'action-title',
  description: 'action-description',
  owner: 'action-owner',
  status: 'action-status',
  policyId: 'action-policy',
  themeId: 'action-theme',
  teamId: 'action-team',
  startedOn: 'action-started-on',
  doneOn: 'action-done-on',
};

export const ACTION_SERVER_MESSAGES: FieldMessageOverrides<ActionField> = {
  policyId: { exists: 'That policy no longer exists. Choose another, or none.' },
  themeId: { exists: 'That theme no longer exists. Choose another, or none.' },
  teamId: { exists: 'That team no longer exists. Choose another, or none.' },
  doneOn: { notBeforeStart: 'The day it was done cannot be before the day it started' },
};

export const emptyAction = (): ActionDraft => ({
  title: '',
  description: '',
  owner: '',
  status: 'PLANNED',
  policyId: '',
  themeId: '',
  teamId: '',
  startedOn: '',
  doneOn: '',
});

export function actionDraftOf(action: ImprovementActionFieldsFragment): ActionDraft {
  return {
    title: action.title,
    description: action.description ?? '',
    owner: action.owner,
    status: action.status,
    policyId: action.policyId ?? '',
    themeId: action.themeId ?? '',
    teamId: action.teamId ?? '',
    startedOn: action.startedOn ?? '',
    doneOn: action.doneOn ?? '',
  };
}

/**
 * The API checks lengths and that `doneOn` is not before `startedOn`. The form also asks for the
 * dates a status implies, because the before/after effect is measured from the start day.
 */
export function validateAction(
  draft: ActionDraft,
  today: string,
): Partial<Record<ActionField, string>> {
  const errors: Partial<Record<ActionField, string>> = {};
  if (isBlank(draft.title)) errors.title = 'Enter what the change is';
  else if (characterCount(draft.title.trim()) > SHORT_TEXT_LIMIT)
    errors.title = `A title is at most ${SHORT_TEXT_LIMIT} characters`;
  if (isBlank(draft.owner)) errors.owner = 'Enter who owns the action';
  else if (characterCount(draft.owner.trim()) > SHORT_TEXT_LIMIT)
    errors.owner = `The owner is at most ${SHORT_TEXT_LIMIT} characters`;
  if (characterCount(draft.description) > ACTION_DESCRIPTION_LIMIT)
    errors.description = `A description is at most ${ACTION_DESCRIPTION_LIMIT.toLocaleString('en-GB')} characters`;

  if (draft.startedOn && !isDay(draft.startedOn)) errors.startedOn = 'Enter a real date';
  if (draft.doneOn && !isDay(draft.doneOn)) errors.doneOn = 'Enter a real date';
  if (
    !errors.startedOn &&
    !draft.startedOn &&
    (draft.status === 'IN_PROGRESS' || draft.status === 'DONE')
  )
    errors.startedOn = 'Enter the day it started: the effect is measured from it';
  if (!errors.doneOn && !draft.doneOn && draft.status === 'DONE')
    errors.doneOn = 'Enter the day it was done';
  if (!errors.doneOn && draft.doneOn && draft.status !== 'DONE' && draft.status !== 'ABANDONED')
    errors.doneOn =
      'Only a finished or abandoned action has an end day: clear it or change the status';
  if (!errors.startedOn && draft.startedOn > today && draft.status !== 'PLANNED')
    errors.startedOn = 'A start day in the future means the action is still planned';
  if (!errors.doneOn && draft.doneOn > today) errors.doneOn = 'The end day cannot be in the future';
  if (
    !errors.startedOn &&
    !errors.doneOn &&
    draft.startedOn &&
    draft.doneOn &&
    draft.doneOn < draft.startedOn
  )
    errors.doneOn = 'The day it was done cannot be before the day it started';
  return errors;
}

export function toCreateActionInput(draft: ActionDraft): CreateActionInput {
  return {
    title: draft.title.trim(),
    description: optionalText(draft.description),
    owner: draft.owner.trim(),
    status: draft.status,
    policyId: draft.policyId || null,
    themeId: draft.themeId || null,
    teamId: draft.teamId || null,
    startedOn: draft.startedOn || null,
    doneOn: draft.doneOn || null,
  };
}

/** Every field is sent: an emptied link or date is cleared (null), not left as it was. */
export function toUpdateActionInput(id: string, draft: ActionDraft): UpdateActionInput {
  return { id, ...toCreateActionInput(draft) };
}
