import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { ORGANISER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { ItemKind, Priority } from '../../graphql/generated/graphql';
import { formatDuration } from '../../lib/format';
import { ITEM_KINDS, itemKindPlural, PRIORITIES, priorityLabel } from '../../lib/labels';
import { Button } from '../../ui/Button';
import { FieldError } from '../../ui/fields/Field';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import { SetServiceLevelDocument, SettingsServiceLevelsDocument } from './graphql/service-levels';
import { ListStates } from './ListStates';
import { RecordsTable } from './RecordsTable';
import {
  emptyServiceLevel,
  SERVICE_LEVEL_SERVER_MESSAGES,
  serviceLevelDraftOf,
  serviceLevelFieldIds,
  toServiceLevelInput,
  validateServiceLevel,
  type DurationDraft,
  type DurationUnit,
} from './service-level-form';
import { useEditing } from './useEditing';
import { useRecordForm } from './useRecordForm';

type Level = { firstResponseMinutes: number; resolutionMinutes: number };
const keyOf = (kind: ItemKind, priority: Priority) => `${kind}:${priority}`;

/** What is promised, by when: first response and resolution for each kind and priority. */
export default function ServiceLevelsSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? ORGANISER_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsServiceLevelsDocument);
  const editor = useEditing();
  const levels = new Map(
    (query.data?.serviceLevels ?? []).map((level) => [keyOf(level.kind, level.priority), level]),
  );
  const [editingKind, editingPriority] = (editor.editing?.split(':') ?? []) as [
    ItemKind?,
    Priority?,
  ];
  const buttonId = (kind: ItemKind, priority: Priority) => `sla-edit-${kind}-${priority}`;

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Service levels"
        description="The targets breaches are counted against: a first response and a resolution for each kind and priority, in elapsed (calendar) time."
      />
      <SaveStatus message={editor.message} />
      {editingKind && editingPriority ? (
        <ServiceLevelEditor
          key={editor.editing}
          kind={editingKind}
          priority={editingPriority}
          level={levels.get(keyOf(editingKind, editingPriority)) ?? null}
          onSaved={(message) =>
            editor.close({ message, focusId: buttonId(editingKind, editingPriority) })
          }
          onCancel={() => editor.close({ focusId: buttonId(editingKind, editingPriority) })}
        />
      ) : null}
      <ListStates
        query={query}
        what="service levels"
        empty={false}
        emptyTitle="No service levels yet"
      >
        <RecordsTable
          caption="Service levels by kind and priority"
          className="sla-table"
          columns={
            <>
              <th scope="col">Kind and priority</th>
              <th scope="col">First response within</th>
              <th scope="col">Resolved within</th>
            </>
          }
        >
          {ITEM_KINDS.map((kind) => (
            <tbody key={kind}>
              <tr className="sla-table__group">
                <th scope="colgroup" colSpan={4}>
                  {itemKindPlural[kind]}
                </th>
              </tr>
              {PRIORITIES.map((priority) => {
                const level = levels.get(keyOf(kind, priority));
                return (
                  <Fragment key={priority}>
                    <tr>
                      <th scope="row">
                        <span className="visually-hidden">{itemKindPlural[kind]}, </span>
                        {priorityLabel[priority]}
                      </th>
                      <td>{level ? formatDuration(level.firstResponseMinutes) : <NotSet />}</td>
                      <td>{level ? formatDuration(level.resolutionMinutes) : <NotSet />}</td>
                      <td className="data-table__actions">
                        {canEdit ? (
                          <Button
                            id={buttonId(kind, priority)}
                            variant="secondary"
                            size="sm"
                            aria-label={`${level ? 'Change' : 'Set'} targets for ${itemKindPlural[kind].toLowerCase()}, ${priorityLabel[priority].toLowerCase()} priority`}
                            onClick={() => editor.open(keyOf(kind, priority))}
                          >
                            {level ? 'Change' : 'Set'}
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          ))}
        </RecordsTable>
      </ListStates>
    </>
  );
}

function NotSet() {
  return <span className="data-table__muted">Not set (no breaches counted)</span>;
}

function ServiceLevelEditor({
  kind,
  priority,
  level,
  onSaved,
  onCancel,
}: {
  kind: ItemKind;
  priority: Priority;
  level: Level | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const ids = serviceLevelFieldIds(kind, priority);
  const [setLevel, { loading }] = useMutation(SetServiceLevelDocument, {
    update(cache, { data }) {
      const saved = data?.setServiceLevel;
      if (!saved) return;
      cache.updateQuery({ query: SettingsServiceLevelsDocument }, (current) =>
        current && !current.serviceLevels.some((other) => other.id === saved.id)
          ? { serviceLevels: [...current.serviceLevels, saved] }
          : undefined,
      );
    },
  });
  const what = `${itemKindPlural[kind].toLowerCase()}, ${priorityLabel[priority].toLowerCase()} priority`;
  const { draft, update, form, submit } = useRecordForm({
    initial: () => (level ? serviceLevelDraftOf(level) : emptyServiceLevel()),
    fieldIds: ids,
    serverMessages: SERVICE_LEVEL_SERVER_MESSAGES,
    validate: validateServiceLevel,
    busy: loading,
    async save(draft) {
      const { data } = await setLevel({
        variables: { input: toServiceLevelInput(kind, priority, draft) },
      });
      if (data) {
        const saved = data.setServiceLevel;
        onSaved(
          `Saved: ${what} get a first response within ${formatDuration(saved.firstResponseMinutes)} and are resolved within ${formatDuration(saved.resolutionMinutes)}.`,
        );
      }
    },
  });

  return (
    <EditorForm
      title={`Targets for ${what}`}
      form={form}
      busy={loading}
      submitLabel="Save targets"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="form__row">
        <DurationField
          id={ids.firstResponseMinutes}
          label="First response within"
          value={draft.firstResponseMinutes}
          onChange={(value) => update('firstResponseMinutes', value)}
          error={form.errors.firstResponseMinutes}
        />
        <DurationField
          id={ids.resolutionMinutes}
          label="Resolved within"
          value={draft.resolutionMinutes}
          onChange={(value) => update('resolutionMinutes', value)}
          error={form.errors.resolutionMinutes}
        />
      </div>
      <p className="form__note">
        Elapsed time from when the item arrives, nights and weekends included.
      </p>
    </EditorForm>
  );
}

const UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days'];

/** An amount and its unit; the amount's id is the field's, so error links land on it. */
function DurationField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: DurationDraft;
  onChange: (value: DurationDraft) => void;
  error?: string;
}) {
  return (
    <fieldset className={`field field--group duration${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{label}</legend>
      <FieldError id={id} error={error} />
      <div className="duration__inputs">
        <label className="visually-hidden" htmlFor={id}>
          {label}: amount
        </label>
        <input
          id={id}
          className="field__control duration__amount"
          inputMode="numeric"
          value={value.amount}
          onChange={(event) => onChange({ ...value, amount: event.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label className="visually-hidden" htmlFor={`${id}-unit`}>
          {label}: unit
        </label>
        <div className="field__select duration__unit">
          <select
            id={`${id}-unit`}
            className="field__control"
            value={value.unit}
            onChange={(event) => onChange({ ...value, unit: event.target.value as DurationUnit })}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}
