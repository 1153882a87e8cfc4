import type {
  CreateUserInput,
  Role,
  UpdateUserInput,
  UserFieldsFragment,
} from '../../graphql/generated/graphql';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank } from '../../lib/text';

/** The API's rule for passwords. */
export const PASSWORD_MIN = 10;

export interface UserDraft {
  displayName: string;
  email: string;
  role: Role | '';
  teamId: string;
  password: string;
}

export type UserField = keyof UserDraft;

export const USER_FIELD_IDS: Record<UserField, string> = {
  displayName: 'user-name',
  email: 'user-email',
  role: 'user-role',
  teamId: 'user-team',
  password: 'user-password',
};

export const USER_SERVER_MESSAGES: FieldMessageOverrides<UserField> = {
  email: { unique: 'Someone already has an account with this e-mail address' },
  teamId: { exists: 'That team no longer exists. Choose another.' },
};

export const emptyUser = (): UserDraft => ({
  displayName: '',
  email: '',
  role: '',
  teamId: '',
  password: '',
});

export function userDraftOf(user: UserFieldsFragment): UserDraft {
  return {
    displayName: user.displayName,
    email: user.email,
    role: user.role,
    teamId: user.teamId ?? '',
    password: '',
  };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `A password has at least ${PASSWORD_MIN} characters`;
  if (password.length > SHORT_TEXT_LIMIT)
    return `A password has at most ${SHORT_TEXT_LIMIT} characters`;
  return null;
}

/** New accounts need every field but the team; edits leave the e-mail and password alone. */
export function validateUser(
  draft: UserDraft,
  mode: 'create' | 'edit',
): Partial<Record<UserField, string>> {
  const errors: Partial<Record<UserField, string>> = {};
  if (isBlank(draft.displayName)) errors.displayName = 'Enter the person’s name';
  else if (characterCount(draft.displayName.trim()) > SHORT_TEXT_LIMIT)
    errors.displayName = `A name is at most ${SHORT_TEXT_LIMIT} characters`;
  if (!draft.role) errors.role = 'Choose a role';
  if (mode === 'create') {
    if (isBlank(draft.email)) errors.email = 'Enter the e-mail address they sign in with';
    else if (!EMAIL_PATTERN.test(draft.email.trim()))
      errors.email = 'Enter an e-mail address like name@example.org';
    const problem = passwordProblem(draft.password);
    if (problem) errors.password = problem;
  }
  return errors;
}

export function toCreateUserInput(draft: UserDraft): CreateUserInput {
  if (!draft.role) throw new Error('toCreateUserInput needs a validated draft');
  return {
    displayName: draft.displayName.trim(),
    email: draft.email.trim(),
    role: draft.role,
    teamId: draft.teamId || null,
    password: draft.password,
  };
}

export function toUpdateUserInput(id: string, draft: UserDraft): UpdateUserInput {
  if (!draft.role) throw new Error('toUpdateUserInput needs a validated draft');
  return {
    id,
    displayName: draft.displayName.trim(),
    role: draft.role,
    teamId: draft.teamId || null,
  };
}
