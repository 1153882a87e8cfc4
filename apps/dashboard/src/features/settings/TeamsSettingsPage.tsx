import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ORGANISER_ROLES } from '../../app/navigation';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { TeamFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { formatNumber } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { useFormErrors } from '../../ui/useFormErrors';
import { EditorCard, SaveStatus } from './EditorCard';
import { CreateTeamDocument, SettingsTeamsDocument, UpdateTeamDocument } from './graphql/teams';
import { DESCRIPTION_LIMIT } from './limits';
import { ListStates } from './ListStates';
import {
  emptyTeam,
  MAX_STAFF,
  TEAM_FIELD_IDS,
  TEAM_SERVER_MESSAGES,
  teamDraftOf,
  toCreateTeamInput,
  toUpdateTeamInput,
  validateTeam,
  type TeamDraft,
} from './team-form';
import { useEditing } from './useEditing';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Teams and their capacity (staff count), which the load figures are measured against. */
export default function TeamsSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? ORGANISER_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsTeamsDocument);
  const editor = useEditing();
  const teams = query.data?.teams ?? [];
  const editing = teams.find((team) => team.id === editor.editing) ?? null;

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Teams"
        description="The teams that serve customers. Staff count is a team’s capacity: workload is measured against it."
        actions={
          canEdit && editor.editing === null ? (
            <Button id="team-add" onClick={() => editor.open('new')}>
              Add a team
            </Button>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <TeamEditor
          key={editor.editing}
          team={editing}
          onSaved={(team, created) =>
            editor.close({
              message: `${created ? 'Added' : 'Saved'} the team “${team.name}”.`,
              focusId: `team-edit-${team.id}`,
            })
          }
          onCancel={() =>
            editor.close({ focusId: editing ? `team-edit-${editing.id}` : 'team-add' })
          }
        />
      ) : null}
      <ListStates
        query={query}
        what="teams"
        empty={teams.length === 0}
        emptyTitle="No teams yet"
        emptyText={canEdit ? 'Add the teams that serve customers.' : undefined}
      >
        <div className="table-frame">
          <table className="data-table data-table--records">
            <caption className="visually-hidden">Teams</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Description</th>
                <th scope="col" className="data-table__number">
                  Staff
                </th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
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
                      <Button
                        id={`team-edit-${team.id}`}
                        variant="secondary"
                        size="sm"
                        aria-label={`Edit ${team.name}`}
                        onClick={() => editor.open(team.id)}
                      >
                        Edit
                      </Button>
                    ) : null}
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

function TeamEditor({
  team,
  onSaved,
  onCancel,
}: {
  team: TeamFieldsFragment | null;
  onSaved: (team: TeamFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<TeamDraft>(() => (team ? teamDraftOf(team) : emptyTeam()));
  const form = useFormErrors(TEAM_FIELD_IDS, TEAM_SERVER_MESSAGES);
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

  const update = <K extends keyof TeamDraft>(field: K, value: TeamDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.rejectLocally(validateTeam(draft))) return;
    try {
      if (team) {
        const { data } = await updateTeam({
          variables: { input: toUpdateTeamInput(team.id, draft) },
        });
        if (data) onSaved(data.updateTeam, false);
      } else {
        const { data } = await createTeam({ variables: { input: toCreateTeamInput(draft) } });
        if (data) onSaved(data.createTeam, true);
      }
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  return (
    <EditorCard title={team ? `Edit ${team.name}` : 'Add a team'}>
      <form
        className="form"
        noValidate
        aria-label={team ? `Edit ${team.name}` : 'Add a team'}
        onSubmit={(event) => void submit(event)}
      >
        <ErrorSummary problems={form.problems} attempt={form.attempt} />
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
        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {team ? 'Save team' : 'Add team'}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </EditorCard>
  );
}
