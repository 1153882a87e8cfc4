import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { CreateApiKeyMutation } from '../../graphql/generated/graphql';
import { formatShortDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { isBlank } from '../../lib/text';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CopyButton } from '../../ui/CopyButton';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from './EditorCard';
import { EditorForm } from './EditorForm';
import {
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  SettingsApiKeysDocument,
} from './graphql/api-keys';
import { ListStates } from './ListStates';
import { RecordsTable } from './RecordsTable';
import { useEditing } from './useEditing';
import { useRecordForm } from './useRecordForm';

type Created = CreateApiKeyMutation['createApiKey'];
const KEY_FIELD_IDS = { name: 'api-key-name' };

/** Keys for integrations (helpdesk imports, scripts): the secret is shown once, then only its start. */
export default function ApiKeysSettingsPage() {
  const query = useQuery(SettingsApiKeysDocument);
  const editor = useEditing();
  const [created, setCreated] = useState<Created | null>(null);
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);
  const [revokeKey, revoking] = useMutation(RevokeApiKeyDocument);
  const keys = query.data?.apiKeys ?? [];

  const revoke = async (id: string, name: string) => {
    setRevokeProblem(null);
    try {
      await revokeKey({ variables: { input: { id } } });
      editor.close({
        message: `Revoked “${name}”: integrations using it are refused from now on.`,
        focusId: 'api-key-add',
      });
    } catch (error) {
      setRevokeProblem(describeError(error).message);
    }
  };

  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="API keys"
        description="Integrations send a key in the X-Api-Key header to push items, import helpdesk exports and read items back. A key has the integration role: it cannot change settings or see users."
        actions={
          editor.editing === null && !created ? (
            <Button id="api-key-add" onClick={() => editor.open('new')}>
              Create a key
            </Button>
          ) : null
        }
      />
      <SaveStatus message={editor.message} />
      {created ? <NewSecret created={created} onDone={() => setCreated(null)} /> : null}
      {editor.editing !== null ? (
        <NewKeyForm
          onCreated={(result) => {
            setCreated(result);
            editor.close();
          }}
          onCancel={() => editor.close({ focusId: 'api-key-add' })}
        />
      ) : null}
      {revokeProblem ? (
        <Alert tone="danger" role="alert" title="The key could not be revoked">
          {revokeProblem}
        </Alert>
      ) : null}
      <ListStates
        query={query}
        what="API keys"
        empty={keys.length === 0}
        emptyTitle="No API keys yet"
        emptyText="Create one for each integration, so each can be revoked on its own."
      >
        <RecordsTable
          caption="API keys"
          columns={
            <>
              <th scope="col">Name</th>
              <th scope="col">Key starts</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </>
          }
        >
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{formatShortDateTime(key.createdAt)}</td>
                <td>{key.lastUsedAt ? formatShortDateTime(key.lastUsedAt) : 'Never'}</td>
                <td>
                  {key.revokedAt ? (
                    <Badge tone="neutral" icon="–">
                      Revoked {formatShortDateTime(key.revokedAt)}
                    </Badge>
                  ) : (
                    <Badge tone="success" icon="✓">
                      Active
                    </Badge>
                  )}
                </td>
                <td className="data-table__actions">
                  {key.revokedAt ? null : (
                    <ConfirmButton
                      aria-label={`Revoke ${key.name}`}
                      question={`Revoke “${key.name}”? Integrations using it are refused at once; this cannot be undone.`}
                      confirmLabel="Revoke key"
                      busy={revoking.loading}
                      onConfirm={() => revoke(key.id, key.name)}
                    >
                      Revoke
                    </ConfirmButton>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </RecordsTable>
      </ListStates>
    </>
  );
}

function NewKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: Created) => void;
  onCancel: () => void;
}) {
  const [createKey, { loading }] = useMutation(CreateApiKeyDocument, {
    update(cache, { data }) {
      const key = data?.createApiKey.apiKey;
      if (!key) return;
      cache.updateQuery({ query: SettingsApiKeysDocument }, (current) =>
        current ? { apiKeys: [key, ...current.apiKeys] } : undefined,
      );
    },
  });
  const { draft, update, form, submit } = useRecordForm({
    initial: () => ({ name: '' }),
    fieldIds: KEY_FIELD_IDS,
    validate: ({ name }) =>
      isBlank(name)
        ? { name: 'Say what the key is for, e.g. “Helpdesk nightly export”' }
        : name.trim().length > SHORT_TEXT_LIMIT
          ? { name: `A name is at most ${SHORT_TEXT_LIMIT} characters` }
          : {},
    busy: loading,
    async save({ name }) {
      const { data } = await createKey({ variables: { input: { name: name.trim() } } });
      if (data) onCreated(data.createApiKey);
    },
  });

  return (
    <EditorForm
      title="Create an API key"
      className="form form--narrow"
      form={form}
      busy={loading}
      submitLabel="Create key"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id={KEY_FIELD_IDS.name}
        label="What is it for?"
        hint="One key per integration, named so you know which to revoke."
        value={draft.name}
        onChange={(value) => update('name', value)}
        error={form.errors.name}
        autoComplete="off"
      />
    </EditorForm>
  );
}

/** The secret, once: a warning, the key to select or copy, and a way to say it is stored. */
function NewSecret({ created, onDone }: { created: Created; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="api-secret" aria-labelledby="api-secret-title">
      <h2 id="api-secret-title" className="api-secret__title" tabIndex={-1} ref={headingRef}>
        Your new key “{created.apiKey.name}”
      </h2>
      <Alert tone="warning" title="Copy it now: it is shown only this once">
        Fulcrum keeps only a fingerprint of the key, so nobody can show it to you again. Store it in
        your integration’s secret settings; if it is lost, revoke it and create another.
      </Alert>
      <div className="api-secret__row">
        <label htmlFor="api-secret-value" className="visually-hidden">
          The key
        </label>
        <input
          id="api-secret-value"
          className="field__control api-secret__value"
          readOnly
          value={created.secret}
          onFocus={(event) => event.target.select()}
          spellCheck={false}
        />
        <CopyButton text={created.secret} label="Copy the key" />
      </div>
      <p className="form__note">
        Send it with every request as <code>X-Api-Key: {created.apiKey.prefix}…</code>
      </p>
      <div className="form__actions">
        <Button
          onClick={() => {
            onDone();
            setTimeout(() => document.getElementById('api-key-add')?.focus(), 0);
          }}
        >
          I have stored the key
        </Button>
      </div>
    </section>
  );
}
