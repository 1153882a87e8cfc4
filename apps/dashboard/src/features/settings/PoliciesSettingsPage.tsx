import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { CONFIGURER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { PolicyFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { Badge, BadgeList } from '../../ui/Badge';
import { ListField } from '../../ui/fields/ListField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import {
  CreatePolicyDocument,
  SettingsPoliciesDocument,
  UpdatePolicyDocument,
} from './graphql/policies';
import { DESCRIPTION_LIMIT, MAX_TERMS } from './limits';
import { ListStates } from './ListStates';
import {
  emptyPolicy,
  POLICY_FIELD_IDS,
  POLICY_SERVER_MESSAGES,
  policyDraftOf,
  toCreatePolicyInput,
  toUpdatePolicyInput,
  validatePolicy,
} from './policy-form';
import { AddRecordButton, EditRecordButton } from './RecordButtons';
import { byName } from './records';
import { RecordsTable } from './RecordsTable';
import { useRecordEditor } from './useRecordEditor';
import { useRecordForm } from './useRecordForm';

/** The organisation's rules, with the other names people use for them. */
export default function PoliciesSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? CONFIGURER_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsPoliciesDocument);
  const policies = query.data?.policies ?? [];
  const editor = useRecordEditor(policies, 'policy');

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Policies"
        description="Named internal rules. Items link to a policy when staff choose it, or when the text mentions its name or one of its aliases."
        actions={
          canEdit && editor.editing === null ? (
            <AddRecordButton editor={editor}>Add a policy</AddRecordButton>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <PolicyEditor
          key={editor.editing}
          policy={editor.record}
          onSaved={(policy, created) =>
            editor.saved(
              policy,
              `${created ? 'Added' : 'Saved'} the policy “${policy.name}”. History is re-analysed in the background to find its mentions.`,
            )
          }
          onCancel={editor.cancel}
        />
      ) : null}
      <ListStates
        query={query}
        what="policies"
        empty={policies.length === 0}
        emptyTitle="No policies yet"
        emptyText="Add the rules customers and staff run into, with the names people use for them."
      >
        <RecordsTable
          caption="Policies"
          columns={
            <>
              <th scope="col">Policy</th>
              <th scope="col">Owner</th>
              <th scope="col">Also known as</th>
            </>
          }
        >
          <tbody>
            {policies.map((policy) => (
              <tr key={policy.id}>
                <th scope="row">
                  <Link to={explorerUrl({ policyIds: [policy.id] })}>{policy.name}</Link>
                  {policy.description ? (
                    <p className="settings__secondary">{policy.description}</p>
                  ) : null}
                </th>
                <td>{policy.owner ?? <span className="data-table__muted">No owner</span>}</td>
                <td>
                  {policy.aliases.length > 0 ? (
                    <BadgeList label={`Aliases of ${policy.name}`}>
                      {policy.aliases.map((alias) => (
                        <li key={alias}>
                          <Badge>{alias}</Badge>
                        </li>
                      ))}
                    </BadgeList>
                  ) : (
                    <span className="data-table__muted">None</span>
                  )}
                </td>
                <td className="data-table__actions">
                  {canEdit ? (
                    <EditRecordButton editor={editor} id={policy.id} name={policy.name} />
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

function PolicyEditor({
  policy,
  onSaved,
  onCancel,
}: {
  policy: PolicyFieldsFragment | null;
  onSaved: (policy: PolicyFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const [createPolicy, creating] = useMutation(CreatePolicyDocument, {
    update(cache, { data }) {
      const created = data?.createPolicy;
      if (!created) return;
      cache.updateQuery({ query: SettingsPoliciesDocument }, (current) =>
        current ? { policies: [...current.policies, created].sort(byName) } : undefined,
      );
    },
  });
  const [updatePolicy, updating] = useMutation(UpdatePolicyDocument);
  const busy = creating.loading || updating.loading;
  const { draft, update, form, submit } = useRecordForm({
    initial: () => (policy ? policyDraftOf(policy) : emptyPolicy()),
    fieldIds: POLICY_FIELD_IDS,
    serverMessages: POLICY_SERVER_MESSAGES,
    validate: validatePolicy,
    busy,
    async save(draft) {
      if (policy) {
        const { data } = await updatePolicy({
          variables: { input: toUpdatePolicyInput(policy.id, draft) },
        });
        if (data) onSaved(data.updatePolicy, false);
      } else {
        const { data } = await createPolicy({ variables: { input: toCreatePolicyInput(draft) } });
        if (data) onSaved(data.createPolicy, true);
      }
    },
  });

  return (
    <EditorForm
      title={policy ? `Edit ${policy.name}` : 'Add a policy'}
      form={form}
      busy={busy}
      submitLabel={policy ? 'Save policy' : 'Add policy'}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id={POLICY_FIELD_IDS.name}
        label="Name"
        hint="The rule as a short sentence, e.g. “Refunds need a receipt”."
        value={draft.name}
        onChange={(value) => update('name', value)}
        error={form.errors.name}
        autoComplete="off"
      />
      <TextField
        id={POLICY_FIELD_IDS.owner}
        label="Owner"
        optional
        hint="Who answers for the rule."
        maxLength={SHORT_TEXT_LIMIT * 2}
        value={draft.owner}
        onChange={(value) => update('owner', value)}
        error={form.errors.owner}
      />
      <TextAreaField
        id={POLICY_FIELD_IDS.description}
        label="Description"
        optional
        rows={3}
        maxCharacters={DESCRIPTION_LIMIT}
        value={draft.description}
        onChange={(value) => update('description', value)}
        error={form.errors.description}
      />
      <ListField
        id={POLICY_FIELD_IDS.aliases}
        label="Also known as"
        optional
        hint="Other ways customers and staff name the rule (“receipt rule”, “proof of purchase policy”). The analysis finds mentions by these."
        noun="alias"
        maxItems={MAX_TERMS}
        maxLength={SHORT_TEXT_LIMIT}
        values={draft.aliases}
        onChange={(values) => update('aliases', values)}
        error={form.errors.aliases}
      />
      <p className="form__note">
        Saving a new name or aliases re-analyses history in the background (see Re-analysis).
      </p>
    </EditorForm>
  );
}
