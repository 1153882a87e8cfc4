import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { UserFieldsFragment } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { roleLabel } from '../../lib/labels';
import { PERSON_ROLE_CHOICES } from '../../session/roles';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FieldError } from '../../ui/fields/Field';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import { CreateUserDocument, SettingsUsersDocument, UpdateUserDocument } from './graphql/users';
import { ListStates } from './ListStates';
import { AddRecordButton, EditRecordButton } from './RecordButtons';
import { RecordsTable } from './RecordsTable';
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
import { useRecordEditor } from './useRecordEditor';
import { useRecordForm } from './useRecordForm';

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
  const users = query.data?.users ?? [];
  const teams = query.data?.teams ?? [];
  const teamName = (id: string | null) => teams.find((team) => team.id === id)?.name ?? '—';
  const editor = useRecordEditor(users, 'user');

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Users and roles"
        description="The people who sign in to Fulcrum and what their role lets them do. Integrations use API keys instead."
        actions={
          editor.editing === null ? (
            <AddRecordButton editor={editor}>Add a user</AddRecordButton>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <UserEditor
          key={editor.editing}
          user={editor.record}
          teams={teams}
          isSelf={editor.record?.id === viewer?.id}
          onSaved={editor.saved}
          onCancel={editor.cancel}
        />
      ) : null}
      <ListStates query={query} what="users" empty={users.length === 0} emptyTitle="No users yet">
        <RecordsTable
          caption="Users"
          columns={
            <>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Sign-in</th>
            </>
          }
        >
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
                  <EditRecordButton editor={editor} id={user.id} name={user.displayName} />
                </td>
              </tr>
            ))}
          </tbody>
        </RecordsTable>
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
  onSaved: (user: UserFieldsFragment, message: string) => void;
  onCancel: () => void;
}) {
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
  const { draft, update, form, submit } = useRecordForm({
    initial: () => (user ? userDraftOf(user) : emptyUser()),
    fieldIds: USER_FIELD_IDS,
    serverMessages: USER_SERVER_MESSAGES,
    validate: (draft) => validateUser(draft, user ? 'edit' : 'create'),
    busy,
    async save(draft) {
      if (user) {
        const { data } = await updateUser({
          variables: { input: toUpdateUserInput(user.id, draft) },
        });
        if (data) onSaved(data.updateUser, `Saved ${data.updateUser.displayName}.`);
      } else {
        const { data } = await createUser({ variables: { input: toCreateUserInput(draft) } });
        if (data)
          onSaved(
            data.createUser,
            `Added ${data.createUser.displayName}. Give them their e-mail address and password by a route other than e-mail.`,
          );
      }
    },
  });

  return (
    <EditorForm
      title={user ? `Edit ${user.displayName}` : 'Add a user'}
      form={form}
      busy={busy}
      submitLabel={user ? 'Save user' : 'Add user'}
      onSubmit={submit}
      onCancel={onCancel}
      after={user ? <AccountActions user={user} isSelf={isSelf} onSaved={onSaved} /> : null}
    >
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
    </EditorForm>
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
  onSaved: (user: UserFieldsFragment, message: string) => void;
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
          data.updateUser,
          `Set a new password for ${user.displayName}. Share it with them privately.`,
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
          data.updateUser,
          active
            ? `${user.displayName} can sign in again.`
            : `Deactivated ${user.displayName}: they can no longer sign in. Their history stays.`,
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
