import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ORGANISER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { TeamFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { formatNumber } from '../../lib/format';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import { CreateTeamDocument, SettingsTeamsDocument, UpdateTeamDocument } from './graphql/teams';
import { DESCRIPTION_LIMIT } from './limits';
import { ListStates } from './ListStates';
import { AddRecordButton, EditRecordButton } from './RecordButtons';
import { byName } from './records';
import { RecordsTable } from './RecordsTable';
import {
  emptyTeam,
  MAX_STAFF,
  TEAM_FIELD_IDS,
  TEAM_SERVER_MESSAGES,
  teamDraftOf,
  toCreateTeamInput,
  toUpdateTeamInput,
  validateTeam,
} from './team-form';
import { useRecordEditor } from './useRecordEditor';
import { useRecordForm } from './useRecordForm';

/** Teams and their capacity (staff count), which the load figures are measured against. */
export default function TeamsSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? ORGANISER_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsTeamsDocument);
  const teams = query.data?.teams ?? [];
  const editor = useRecordEditor(teams, 'team');

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Teams"
        description="The teams that serve customers. Staff count is a team’s capacity: workload is measured against it."
        actions={
          canEdit && editor.editing === null ? (
            <AddRecordButton editor={editor}>Add a team</AddRecordButton>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <TeamEditor
          key={editor.editing}
          team={editor.record}
          onSaved={(team, created) =>
            editor.saved(team, `${created ? 'Added' : 'Saved'} the team “${team.name}”.`)
          }
          onCancel={editor.cancel}
        />
      ) : null}
      <ListStates
        query={query}
        what="teams"
        empty={teams.length === 0}
        emptyTitle="No teams yet"
        emptyText={canEdit ? 'Add the teams that serve customers.' : undefined}
      >
        <RecordsTable
          caption="Teams"
          columns={
            <>
              <th scope="col">Team</th>
              <th scope="col">Description</th>
              <th scope="col" className="data-table__number">
                Staff
              </th>
            </>
          }
        >
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">
                  <Link to={explorerUrl({ teamIds: [team.id] })}>{team.name}</Link>
                </th>
                <td className="data-table__muted">{team.description ?? '—'}</td>
                <td className="data-table__number">{formatNumber(team.staffCount)}</td>
                <td className="data-table__actions">
                  {canEdit ? (
                    <EditRecordButton editor={editor} id={team.id} name={team.name} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </RecordsTable>
      </ListStates>
    </>
  );
}

function TeamEditor({
  team,
  onSaved,
  onCancel,
}: {
  team: TeamFieldsFragment | null;
  onSaved: (team: TeamFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const [createTeam, creating] = useMutation(CreateTeamDocument, {
    update(cache, { data }) {
      const created = data?.createTeam;
      if (!created) return;
      cache.updateQuery({ query: SettingsTeamsDocument }, (current) =>
        current ? { teams: [...current.teams, created].sort(byName) } : undefined,
      );
    },
  });
  const [updateTeam, updating] = useMutation(UpdateTeamDocument);
  const busy = creating.loading || updating.loading;
  const { draft, update, form, submit } = useRecordForm({
    initial: () => (team ? teamDraftOf(team) : emptyTeam()),
    fieldIds: TEAM_FIELD_IDS,
    serverMessages: TEAM_SERVER_MESSAGES,
    validate: validateTeam,
    busy,
    async save(draft) {
      if (team) {
        const { data } = await updateTeam({
          variables: { input: toUpdateTeamInput(team.id, draft) },
        });
        if (data) onSaved(data.updateTeam, false);
      } else {
        const { data } = await createTeam({ variables: { input: toCreateTeamInput(draft) } });
        if (data) onSaved(data.createTeam, true);
      }
    },
  });

  return (
    <EditorForm
      title={team ? `Edit ${team.name}` : 'Add a team'}
      form={form}
      busy={busy}
      submitLabel={team ? 'Save team' : 'Add team'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form__row">
        <TextField
          id={TEAM_FIELD_IDS.name}
          label="Name"
          value={draft.name}
          onChange={(value) => update('name', value)}
          error={form.errors.name}
          autoComplete="off"
        />
        <TextField
          id={TEAM_FIELD_IDS.staffCount}
          label="Staff"
          hint="People available to the team: its capacity."
          inputMode="numeric"
          value={draft.staffCount}
          onChange={(value) => update('staffCount', value)}
          error={form.errors.staffCount}
          max={MAX_STAFF}
        />
      </div>
      <TextAreaField
        id={TEAM_FIELD_IDS.description}
        label="Description"
        optional
        hint="What the team does, in a line or two."
        rows={3}
        maxCharacters={DESCRIPTION_LIMIT}
        value={draft.description}
        onChange={(value) => update('description', value)}
        error={form.errors.description}
      />
    </EditorForm>
  );
}
