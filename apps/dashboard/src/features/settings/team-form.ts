import type {
  CreateTeamInput,
  TeamFieldsFragment,
  UpdateTeamInput,
} from '../../graphql/generated/graphql';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, optionalText } from '../../lib/text';
import { DESCRIPTION_LIMIT } from './limits';

export interface TeamDraft {
  name: string;
  description: string;
  /** As typed; a whole number from 0 to 100,000 once valid. */
  staffCount: string;
}

export type TeamField = keyof TeamDraft;

export const MAX_STAFF = 100_000;

export const TEAM_FIELD_IDS: Record<TeamField, string> = {
  name: 'team-name',
  description: 'team-description',
  staffCount: 'team-staff-count',
};

export const TEAM_SERVER_MESSAGES: FieldMessageOverrides<TeamField> = {
  name: { unique: 'Another team already has this name' },
};

export const emptyTeam = (): TeamDraft => ({ name: '', description: '', staffCount: '' });

export function teamDraftOf(team: TeamFieldsFragment): TeamDraft {
  return {
    name: team.name,
    description: team.description ?? '',
    staffCount: String(team.staffCount),
  };
}

/** A whole number typed in a box: digits only (no signs, decimals or exponents). */
export function readWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export function validateTeam(draft: TeamDraft): Partial<Record<TeamField, string>> {
  const errors: Partial<Record<TeamField, string>> = {};
  if (isBlank(draft.name)) errors.name = 'Enter the team’s name';
  else if (characterCount(draft.name.trim()) > SHORT_TEXT_LIMIT)
    errors.name = `A team name is at most ${SHORT_TEXT_LIMIT} characters`;
  if (characterCount(draft.description) > DESCRIPTION_LIMIT)
    errors.description = `A description is at most ${DESCRIPTION_LIMIT.toLocaleString('en-GB')} characters`;
  const staff = readWholeNumber(draft.staffCount);
  if (draft.staffCount.trim() === '') errors.staffCount = 'Enter how many staff the team has';
  else if (staff === null || staff > MAX_STAFF)
    errors.staffCount = `Enter a whole number from 0 to ${MAX_STAFF.toLocaleString('en-GB')}`;
  return errors;
}

export function toCreateTeamInput(draft: TeamDraft): CreateTeamInput {
  return {
    name: draft.name.trim(),
    description: optionalText(draft.description),
    staffCount: readWholeNumber(draft.staffCount) ?? 0,
  };
}

export function toUpdateTeamInput(id: string, draft: TeamDraft): UpdateTeamInput {
  return { id, ...toCreateTeamInput(draft) };
}
