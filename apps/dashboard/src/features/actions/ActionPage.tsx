import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  ActionOptionsQuery,
  ImprovementActionFieldsFragment,
} from '../../graphql/generated/graphql';
import { useClock } from '../../lib/clock';
import { dayOf } from '../../lib/day';
import { formatShortDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { ACTION_STATUSES, actionStatusLabel } from '../../lib/labels';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Facts } from '../../ui/Facts';
import { SelectField } from '../../ui/fields/SelectField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useFormErrors } from '../../ui/useFormErrors';
import { SaveStatus } from '../settings/EditorCard';
import '../../ui/DataTable.css';
import {
  ACTION_DESCRIPTION_LIMIT,
  ACTION_FIELD_IDS,
  ACTION_SERVER_MESSAGES,
  actionDraftOf,
  emptyAction,
  toCreateActionInput,
  toUpdateActionInput,
  validateAction,
  type ActionDraft,
} from './action-form';
import { hasStarted } from './action-list';
import { OpenActionsWarning } from './OpenActionsWarning';
import { ActionStatusBadge } from './ActionStatusBadge';
import { effectLinks } from './effect-links';
import { ImpactSection } from './ImpactSection';
import {
  ActionOptionsDocument,
  CreateImprovementActionDocument,
  ImprovementActionsDocument,
  UpdateImprovementActionDocument,
} from './graphql/actions';
import './Actions.css';

type Action = ImprovementActionFieldsFragment;

/** One action: `/actions/new` creates, `/actions/:id` shows it, its effect, and edits it. */
export default function ActionPage() {
  const { id } = useParams();
  // A new page per action: creating one moves from /actions/new to its own page with fresh state.
  return <ActionPageContent key={id ?? 'new'} id={id} />;
}

function ActionPageContent({ id }: { id: string | undefined }) {
  const location = useLocation();
  const [params] = useSearchParams();
  // Opened from a policy hotspot: the new action starts linked to that policy.
  const presetPolicy = presetPolicyId(params);
  const navigate = useNavigate();
  const clock = useClock();
  const [today] = useState(() => dayOf(clock()));
  const actions = useQuery(ImprovementActionsDocument, { skip: !id });
  const options = useQuery(ActionOptionsDocument);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(
    () => (location.state as { message?: string } | null)?.message ?? null,
  );
  const back = (
    <Link to="/actions" className="item-page__back">
      <span aria-hidden="true">←</span> All actions
    </Link>
  );

  if (!id) {
    return (
      <>
        {back}
        <PageHeader
          eyebrow="Actions"
          title="New improvement action"
          description="A change you are making, who owns it, and what it should improve. Give it a start day when it begins: the effect is measured from that day."
        />
        <Card>
          {presetPolicy ? (
            <p className="action-form__preset" role="status">
              Linked to the policy{' '}
              <strong>“{nameOf(options.data?.policies, presetPolicy) ?? '…'}”</strong>, from its
              friction hotspot. Its effect will be measured on the items linked to it.
            </p>
          ) : null}
          <ActionForm
            action={null}
            preset={presetPolicy ? { policyId: presetPolicy } : undefined}
            options={options.data}
            today={today}
            onSaved={(saved) =>
              void navigate(`/actions/${saved.id}`, {
                state: { message: `Added “${saved.title}”.` },
              })
            }
            onCancel={() => void navigate('/actions')}
          />
        </Card>
      </>
    );
  }

  if (actions.loading && !actions.data) return <LoadingState label="Loading the action…" />;
  if (actions.error && !actions.data) {
    const described = describeError(actions.error);
    return (
      <>
        {back}
        <ErrorState
          title="The action could not be loaded"
          message={described.message}
          onRetry={described.kind === 'forbidden' ? undefined : () => void actions.refetch()}
        />
      </>
    );
  }
  const action = actions.data?.improvementActions.find((entry) => entry.id === id);
  if (!action) {
    return (
      <>
        {back}
        <PageHeader eyebrow="Actions" title="Action not found" />
        <ErrorState
          title="There is no such action"
          message="It may have been removed, or the link is wrong."
        />
      </>
    );
  }

  const names = {
    policy: nameOf(options.data?.policies, action.policyId),
    theme: nameOf(options.data?.themes, action.themeId),
    team: nameOf(options.data?.teams, action.teamId),
  };

  return (
    <>
      {back}
      <PageHeader
        eyebrow="Actions"
        title={action.title}
        description={
          <span className="action-page__summary">
            <ActionStatusBadge status={action.status} /> Owner: {action.owner}
          </span>
        }
        actions={
          editing ? null : (
            <Button id="action-edit" variant="secondary" onClick={() => setEditing(true)}>
              Edit action
            </Button>
          )
        }
      />
      <SaveStatus message={message} />
      {editing ? (
        <Card title="Edit the action" titleId="action-edit-title" className="action-page__editor">
          <ActionForm
            action={action}
            options={options.data}
            today={today}
            onSaved={(saved) => {
              setEditing(false);
              setMessage(`Saved “${saved.title}”.`);
              setTimeout(() => document.getElementById('action-edit')?.focus(), 0);
            }}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => document.getElementById('action-edit')?.focus(), 0);
            }}
          />
        </Card>
      ) : null}
      <div className="action-page">
        <Card title="The change" titleId="action-change-title">
          {action.description ? (
            <p className="action-page__description">{action.description}</p>
          ) : null}
          <Facts
            facts={[
              { label: 'Status', value: actionStatusLabel[action.status] },
              { label: 'Owner', value: action.owner },
              {
                label: 'Started',
                value: action.startedOn ? formatShortDate(action.startedOn) : 'Not yet',
              },
              { label: 'Done', value: action.doneOn ? formatShortDate(action.doneOn) : '—' },
              { label: 'Policy', value: names.policy ?? '—' },
              { label: 'Theme', value: names.theme ?? '—' },
              { label: 'Team', value: names.team ?? '—' },
            ]}
          />
        </Card>
        <EffectSection action={action} names={names} today={today} />
      </div>
    </>
  );
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ?policy=<id> on /actions/new, when it is an id. */
function presetPolicyId(params: URLSearchParams): string | null {
  const value = params.get('policy');
  return value && ID_PATTERN.test(value) ? value.toLowerCase() : null;
}

function nameOf(list: readonly { id: string; name: string }[] | undefined, id: string | null) {
  return id ? (list?.find((entry) => entry.id === id)?.name ?? null) : null;
}

/**
 * The measured before/after effect (improvementImpact): once the action has started, its effect
 * against a control with intervals; until it can be measured, the items either side of its start.
 */
function EffectSection({
  action,
  names,
  today,
}: {
  action: Action;
  names: { policy: string | null; theme: string | null; team: string | null };
  today: string;
}) {
  const started = hasStarted(action, today);
  const links = effectLinks(action, names, today);
  const itemsEitherSide =
    links.rows.length > 0 ? (
      <div className="table-frame">
        <table className="data-table data-table--records">
          <caption className="action-effect__caption">
            Until then, the items on either side of the start day
          </caption>
          <thead>
            <tr>
              <th scope="col">Linked to</th>
              <th scope="col">{links.days} days before</th>
              <th scope="col">Since it started</th>
            </tr>
          </thead>
          <tbody>
            {links.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <Link to={row.before}>
                    Items before<span className="visually-hidden"> ({row.label})</span>
                  </Link>
                </td>
                <td>
                  <Link to={row.after}>
                    Items since<span className="visually-hidden"> ({row.label})</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ) : null;
  return (
    <section className="action-effect" aria-labelledby="action-effect-title">
      <h2 id="action-effect-title" className="action-effect__title">
        Before and after
      </h2>
      {started ? (
        <ImpactSection actionId={action.id} pending={itemsEitherSide} />
      ) : (
        <div className="action-effect__placeholder" data-testid="effect-placeholder">
          <p>
            <strong>The measured effect appears once the action has started.</strong>{' '}
            {action.status === 'PLANNED'
              ? 'Set its status to in progress and its start day when the change begins.'
              : 'Give it a start day: the effect is measured from it.'}
          </p>
        </div>
      )}
    </section>
  );
}

function ActionForm({
  action,
  preset,
  options,
  today,
  onSaved,
  onCancel,
}: {
  action: Action | null;
  /** Fields a new action starts with (a policy, when opened from its hotspot). */
  preset?: Partial<ActionDraft>;
  options: ActionOptionsQuery | undefined;
  today: string;
  onSaved: (action: Action) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<ActionDraft>(() =>
    action ? actionDraftOf(action) : { ...emptyAction(), ...preset },
  );
  const form = useFormErrors(ACTION_FIELD_IDS, ACTION_SERVER_MESSAGES);
  const [create, creating] = useMutation(CreateImprovementActionDocument, {
    update(cache, { data }) {
      const created = data?.createImprovementAction;
      if (!created) return;
      cache.updateQuery({ query: ImprovementActionsDocument }, (current) =>
        current ? { improvementActions: [created, ...current.improvementActions] } : undefined,
      );
    },
  });
  const [save, saving] = useMutation(UpdateImprovementActionDocument);
  const busy = creating.loading || saving.loading;

  const update = <K extends keyof ActionDraft>(field: K, value: ActionDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.rejectLocally(validateAction(draft, today))) return;
    try {
      if (action) {
        const { data } = await save({
          variables: { input: toUpdateActionInput(action.id, draft) },
        });
        if (data) onSaved(data.updateImprovementAction);
      } else {
        const { data } = await create({ variables: { input: toCreateActionInput(draft) } });
        if (data) onSaved(data.createImprovementAction);
      }
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  const choices = (list: readonly { id: string; name: string }[] | undefined) =>
    (list ?? []).map((entry) => ({ value: entry.id, label: entry.name }));

  return (
    <form
      className="form action-form"
      noValidate
      aria-label={action ? 'Edit the action' : 'New improvement action'}
      onSubmit={(event) => void submit(event)}
    >
      <ErrorSummary problems={form.problems} attempt={form.attempt} />
      <TextField
        id={ACTION_FIELD_IDS.title}
        label="What is changing?"
        hint="A short title, e.g. “Accept bank statements as proof of purchase”."
        value={draft.title}
        onChange={(value) => update('title', value)}
        error={form.errors.title}
        autoComplete="off"
      />
      <TextAreaField
        id={ACTION_FIELD_IDS.description}
        label="Description"
        optional
        rows={3}
        maxCharacters={ACTION_DESCRIPTION_LIMIT}
        value={draft.description}
        onChange={(value) => update('description', value)}
        error={form.errors.description}
      />
      <div className="form__row">
        <TextField
          id={ACTION_FIELD_IDS.owner}
          label="Owner"
          hint="Who sees it through."
          maxLength={SHORT_TEXT_LIMIT * 2}
          value={draft.owner}
          onChange={(value) => update('owner', value)}
          error={form.errors.owner}
        />
        <SelectField
          id={ACTION_FIELD_IDS.status}
          label="Status"
          value={draft.status}
          onChange={(value) => update('status', value as ActionDraft['status'])}
          options={ACTION_STATUSES.map((status) => ({
            value: status,
            label: actionStatusLabel[status],
          }))}
          error={form.errors.status}
        />
      </div>
      <fieldset className="form__group">
        <legend className="field__label">What it should improve</legend>
        <p className="field__hint">Its effect is measured on the items linked to these.</p>
        <div className="form__row">
          <SelectField
            id={ACTION_FIELD_IDS.policyId}
            label="Policy"
            optional
            placeholder="None"
            value={draft.policyId}
            onChange={(value) => update('policyId', value)}
            options={choices(options?.policies)}
            error={form.errors.policyId}
          />
          <SelectField
            id={ACTION_FIELD_IDS.themeId}
            label="Theme"
            optional
            placeholder="None"
            value={draft.themeId}
            onChange={(value) => update('themeId', value)}
            options={choices(options?.themes)}
            error={form.errors.themeId}
          />
          <SelectField
            id={ACTION_FIELD_IDS.teamId}
            label="Team"
            optional
            placeholder="None"
            value={draft.teamId}
            onChange={(value) => update('teamId', value)}
            options={choices(options?.teams)}
            error={form.errors.teamId}
          />
        </div>
        {action ? null : <OpenActionsWarning policyId={draft.policyId} />}
      </fieldset>
      <div className="form__row">
        <TextField
          id={ACTION_FIELD_IDS.startedOn}
          label="Started on"
          optional
          type="date"
          max={draft.status === 'PLANNED' ? undefined : today}
          value={draft.startedOn}
          onChange={(value) => update('startedOn', value)}
          error={form.errors.startedOn}
        />
        <TextField
          id={ACTION_FIELD_IDS.doneOn}
          label="Done on"
          optional
          type="date"
          min={draft.startedOn || undefined}
          max={today}
          value={draft.doneOn}
          onChange={(value) => update('doneOn', value)}
          error={form.errors.doneOn}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={busy}>
          {action ? 'Save action' : 'Add action'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
