import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { UserFieldsFragment } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { PERSON_ROLE_CHOICES, roleLabel } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError } from '../../ui/fields/Field';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { useFormErrors } from '../../ui/useFormErrors';
import { EditorCard, SaveStatus } from './EditorCard';
import { CreateUserDocument, SettingsUsersDocument, UpdateUserDocument } from './graphql/users';
import { ListStates } from './ListStates';
import {
  emptyUser,
  PASSWORD_MIN,
  passwordProblem,
  toCreateUserInput,
  toUpdateUserInput,
  USER_FIELD_IDS,
  USER_SERVER_MESSAGES,
  userDraftOf,
  validateUser,
  type UserDraft,
} from './user-form';
import { useEditing } from './useEditing';

type Team = { id: string; name: string };

const roleDescription = {
  ADMIN: 'Everything, including users and API keys',
  MANAGER: 'The service review, teams, service levels and settings',
  PROCESS_OWNER: 'Policies, themes, actions and the items behind them',
  STAFF: 'The staff forms only',
} as const;

/** Who can sign in, with which role; deactivating keeps their history but stops sign-in. */
export default function UsersSettingsPage() {
  const viewer = useCurrentUser();
  const query = useQuery(SettingsUsersDocument);
  const editor = useEditing();
  const users = query.data?.users ?? [];
  const teams = query.data?.teams ?? [];
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? '—';
  const editing = users.find((user) => user.id === editor.editing) ?? null;

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Users and roles"
        description="The people who sign in to Fulcrum and what their role lets them do. Integrations use API keys instead."
        actions={
          editor.editing === null ? (
            <Button id="user-add" onClick={() => editor.open('new')}>
              Add a user
            </Button>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <UserEditor
          key={editor.editing}
          user={editing}
          teams={teams}
          isSelf={editing?.id === viewer?.id}
          onSaved={(message, user) => editor.close({ message, focusId: `user-edit-${user.id}` })}
          onCancel={() =>
            editor.close({ focusId: editing ? `user-edit-${editing.id}` : 'user-add' })
          }
        />
      ) : null}
      <ListStates query={query} what="users" empty={users.length === 0} emptyTitle="No users yet">
        <div className="table-frame">
          <table className="data-table data-table--records">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Team</th>
                <th scope="col">Sign-in</th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.displayName}
                    {user.id === viewer?.id ? (
                      <span className="settings__secondary"> (you)</span>
                    ) : null}
                  </th>
                  <td>{user.email}</td>
                  <td>{roleLabel[user.role]}</td>
                  <td>{teamName(user.teamId)}</td>
                  <td>
                    {user.active ? (
                      <Badge tone="success" icon="✓">
                        Active
                      </Badge>
                    ) : (
                      <Badge tone="neutral" icon="–">
                        Deactivated
                      </Badge>
                    )}
                  </td>
                  <td className="data-table__actions">
                    <Button
                      id={`user-edit-${user.id}`}
                      variant="secondary"
                      size="sm"
                      aria-label={`Edit ${user.displayName}`}
                      onClick={() => editor.open(user.id)}
                    >
                      Edit
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListStates>
    </>
  );
}

function UserEditor({
  user,
  teams,
  isSelf,
  onSaved,
  onCancel,
}: {
  user: UserFieldsFragment | null;
  teams: readonly Team[];
  isSelf: boolean;
  onSaved: (message: string, user: UserFieldsFragment) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<UserDraft>(() => (user ? userDraftOf(user) : emptyUser()));
  const form = useFormErrors(USER_FIELD_IDS, USER_SERVER_MESSAGES);
  const [createUser, creating] = useMutation(CreateUserDocument, {
    update(cache, { data }) {
      const created = data?.createUser;
      if (!created) return;
      cache.updateQuery({ query: SettingsUsersDocument }, (current) =>
        current
          ? {
              ...current,
              users: [...current.users, created].sort((a, b) =>
                a.displayName.localeCompare(b.displayName),
              ),
            }
          : undefined,
      );
    },
  });
  const [updateUser, updating] = useMutation(UpdateUserDocument);
  const busy = creating.loading || updating.loading;
  const mode = user ? 'edit' : 'create';

  const update = <K extends keyof UserDraft>(field: K, value: UserDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.rejectLocally(validateUser(draft, mode))) return;
    try {
      if (user) {
        const { data } = await updateUser({
          variables: { input: toUpdateUserInput(user.id, draft) },
        });
        if (data) onSaved(`Saved ${data.updateUser.displayName}.`, data.updateUser);
      } else {
        const { data } = await createUser({ variables: { input: toCreateUserInput(draft) } });
        if (data)
          onSaved(
            `Added ${data.createUser.displayName}. Give them their e-mail address and password by a route other than e-mail.`,
            data.createUser,
          );
      }
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  const title = user ? `Edit ${user.displayName}` : 'Add a user';
  return (
    <EditorCard title={title}>
      <form className="form" noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
        <ErrorSummary problems={form.problems} attempt={form.attempt} />
        <div className="form__row">
          <TextField
            id={USER_FIELD_IDS.displayName}
            label="Name"
            value={draft.displayName}
            onChange={(value) => update('displayName', value)}
            error={form.errors.displayName}
            autoComplete="off"
          />
          {user ? (
            <div className="field">
              <span className="field__label">E-mail</span>
              <p className="settings__static">{user.email}</p>
            </div>
          ) : (
            <TextField
              id={USER_FIELD_IDS.email}
              label="E-mail"
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={draft.email}
              onChange={(value) => update('email', value)}
              error={form.errors.email}
            />
          )}
        </div>
        <div className="form__row">
          <SelectField
            id={USER_FIELD_IDS.role}
            label="Role"
            hint={
              draft.role ? roleDescription[draft.role as keyof typeof roleDescription] : undefined
            }
            placeholder={draft.role ? undefined : 'Choose a role'}
            value={draft.role}
            onChange={(value) => update('role', value as UserDraft['role'])}
            options={PERSON_ROLE_CHOICES.map((role) => ({ value: role, label: roleLabel[role] }))}
            error={form.errors.role}
            disabled={isSelf}
          />
          <SelectField
            id={USER_FIELD_IDS.teamId}
            label="Team"
            optional
            placeholder="No team"
            value={draft.teamId}
            onChange={(value) => update('teamId', value)}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
            error={form.errors.teamId}
          />
        </div>
        {isSelf ? (
          <p className="form__note">
            You cannot change your own role or deactivate yourself, so Fulcrum always keeps an
            administrator. Ask another administrator.
          </p>
        ) : null}
        {user ? null : (
          <TextField
            id={USER_FIELD_IDS.password}
            label="First password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${PASSWORD_MIN} characters. Share it with them privately.`}
            value={draft.password}
            onChange={(value) => update('password', value)}
            error={form.errors.password}
          />
        )}
        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {user ? 'Save user' : 'Add user'}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
      {user ? <AccountActions user={user} isSelf={isSelf} onSaved={onSaved} /> : null}
    </EditorCard>
  );
}

/** Reset the password and deactivate or reactivate: separate from the profile, each confirmed. */
function AccountActions({
  user,
  isSelf,
  onSaved,
}: {
  user: UserFieldsFragment;
  isSelf: boolean;
  onSaved: (message: string, user: UserFieldsFragment) => void;
}) {
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [updateUser, { loading }] = useMutation(UpdateUserDocument);
  const passwordId = `user-${user.id}-new-password`;

  const resetPassword = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = passwordProblem(password);
    if (invalid) {
      setPasswordError(invalid);
      document.getElementById(passwordId)?.focus();
      return;
    }
    try {
      const { data } = await updateUser({ variables: { input: { id: user.id, password } } });
      if (data)
        onSaved(
          `Set a new password for ${user.displayName}. Share it with them privately.`,
          data.updateUser,
        );
    } catch (error) {
      setPasswordError(describeError(error).message);
    }
  };

  const setActive = async (active: boolean) => {
    try {
      const { data } = await updateUser({ variables: { input: { id: user.id, active } } });
      if (data)
        onSaved(
          active
            ? `${user.displayName} can sign in again.`
            : `Deactivated ${user.displayName}: they can no longer sign in. Their history stays.`,
          data.updateUser,
        );
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <div className="settings-account">
      <h3 className="settings-account__title">Sign-in</h3>
      <form
        className="settings-account__password"
        noValidate
        aria-label={`Reset the password of ${user.displayName}`}
        onSubmit={(event) => void resetPassword(event)}
      >
        <div className={`field${passwordError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={passwordId}>
            New password
          </label>
          <p className="field__hint" id={`${passwordId}-hint`}>
            At least {PASSWORD_MIN} characters. Their current password stops working at once.
          </p>
          <FieldError id={passwordId} error={passwordError ?? undefined} />
          <input
            id={passwordId}
            type="password"
            className="field__control"
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setPasswordError(null);
            }}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={`${passwordId}-hint${passwordError ? ` ${passwordId}-error` : ''}`}
          />
        </div>
        <Button type="submit" variant="secondary" busy={loading}>
          Reset password
        </Button>
      </form>
      {problem ? (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      ) : null}
      {isSelf ? null : user.active ? (
        <ConfirmButton
          question={`Deactivate ${user.displayName}? They can no longer sign in; what they recorded stays.`}
          confirmLabel="Deactivate"
          busy={loading}
          onConfirm={() => setActive(false)}
        >
          Deactivate {user.displayName}
        </ConfirmButton>
      ) : (
        <Button variant="secondary" size="sm" busy={loading} onClick={() => void setActive(true)}>
          Reactivate {user.displayName}
        </Button>
      )}
    </div>
  );
}
