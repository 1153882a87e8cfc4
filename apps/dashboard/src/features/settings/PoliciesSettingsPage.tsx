import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ANALYST_ROLES } from '../../app/navigation';
import { useCurrentUser } from '../../app/useCurrentUser';
import type { PolicyFieldsFragment } from '../../graphql/generated/graphql';
import { explorerUrl } from '../../lib/explorer-url';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { Badge, BadgeList } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ListField } from '../../ui/fields/ListField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { useFormErrors } from '../../ui/useFormErrors';
import { EditorCard, SaveStatus } from './EditorCard';
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
  type PolicyDraft,
} from './policy-form';
import { useEditing } from './useEditing';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** The organisation's rules, with the other names people use for them. */
export default function PoliciesSettingsPage() {
  const user = useCurrentUser();
  const canEdit = user ? ANALYST_ROLES.includes(user.role) : false;
  const query = useQuery(SettingsPoliciesDocument);
  const editor = useEditing();
  const policies = query.data?.policies ?? [];
  const editing = policies.find((policy) => policy.id === editor.editing) ?? null;

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Policies"
        description="Named internal rules. Items link to a policy when staff choose it, or when the text mentions its name or one of its aliases."
        actions={
          canEdit && editor.editing === null ? (
            <Button id="policy-add" onClick={() => editor.open('new')}>
              Add a policy
            </Button>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {editor.editing !== null ? (
        <PolicyEditor
          key={editor.editing}
          policy={editing}
          onSaved={(policy, created) =>
            editor.close({
              message: `${created ? 'Added' : 'Saved'} the policy “${policy.name}”. History is re-analysed in the background to find its mentions.`,
              focusId: `policy-edit-${policy.id}`,
            })
          }
          onCancel={() =>
            editor.close({ focusId: editing ? `policy-edit-${editing.id}` : 'policy-add' })
          }
        />
      ) : null}
      <ListStates
        query={query}
        what="policies"
        empty={policies.length === 0}
        emptyTitle="No policies yet"
        emptyText="Add the rules customers and staff run into, with the names people use for them."
      >
        <div className="table-frame">
          <table className="data-table data-table--records">
            <caption className="visually-hidden">Policies</caption>
            <thead>
              <tr>
                <th scope="col">Policy</th>
                <th scope="col">Owner</th>
                <th scope="col">Also known as</th>
                <th scope="col" className="data-table__actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
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
                      <Button
                        id={`policy-edit-${policy.id}`}
                        variant="secondary"
                        size="sm"
                        aria-label={`Edit ${policy.name}`}
                        onClick={() => editor.open(policy.id)}
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

function PolicyEditor({
  policy,
  onSaved,
  onCancel,
}: {
  policy: PolicyFieldsFragment | null;
  onSaved: (policy: PolicyFieldsFragment, created: boolean) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<PolicyDraft>(() =>
    policy ? policyDraftOf(policy) : emptyPolicy(),
  );
  const form = useFormErrors(POLICY_FIELD_IDS, POLICY_SERVER_MESSAGES);
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

  const update = <K extends keyof PolicyDraft>(field: K, value: PolicyDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || form.rejectLocally(validatePolicy(draft))) return;
    try {
      if (policy) {
        const { data } = await updatePolicy({
          variables: { input: toUpdatePolicyInput(policy.id, draft) },
        });
        if (data) onSaved(data.updatePolicy, false);
      } else {
        const { data } = await createPolicy({ variables: { input: toCreatePolicyInput(draft) } });
        if (data) onSaved(data.createPolicy, true);
      }
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  const title = policy ? `Edit ${policy.name}` : 'Add a policy';
  return (
    <EditorCard title={title}>
      <form className="form" noValidate aria-label={title} onSubmit={(event) => void submit(event)}>
        <ErrorSummary problems={form.problems} attempt={form.attempt} />
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
        <div className="form__actions">
          <Button type="submit" busy={busy}>
            {policy ? 'Save policy' : 'Add policy'}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </EditorCard>
  );
}
