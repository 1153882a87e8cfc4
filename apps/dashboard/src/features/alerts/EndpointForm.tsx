import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { WebhookFormat } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { FORMAT_LABEL, isHttpUrl } from './alert-shape';
import {
  CreateWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  WebhookEndpointsDocument,
} from './graphql/alerts';

interface EditedEndpoint {
  id: string;
  name: string;
  url: string;
  format: WebhookFormat;
}

/**
 * A new webhook endpoint (its signing secret is handed back once, to the page), or the name,
 * URL and format of an existing one (its secret stays).
 */
export function EndpointForm({
  endpoint,
  onCreated,
  onSaved,
  onCancel,
}: {
  /** The endpoint edited; a new endpoint when absent. */
  endpoint?: EditedEndpoint;
  onCreated: (created: { name: string; secret: string }) => void;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(endpoint?.name ?? '');
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [format, setFormat] = useState<WebhookFormat>(endpoint?.format ?? 'JSON');
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
  });
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
  });
  const loading = creating.loading || updating.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem('Name the endpoint, e.g. “Slack #service-review”.');
    if (!isHttpUrl(url)) return setProblem('The URL must be an http or https address.');
    try {
      if (endpoint) {
        await update({
          variables: { input: { id: endpoint.id, name: name.trim(), url: url.trim(), format } },
        });
        return onSaved(name.trim());
      }
      const { data } = await create({
        variables: { input: { name: name.trim(), url: url.trim(), format } },
      });
      if (data)
        onCreated({
          name: data.createWebhookEndpoint.endpoint.name,
          secret: data.createWebhookEndpoint.secret,
        });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <form
      className="alerts-form"
      aria-label={endpoint ? `Edit the endpoint ${endpoint.name}` : 'New webhook endpoint'}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {problem ? (
        <Alert tone="danger" role="alert" title="The endpoint was not saved">
          {problem}
        </Alert>
      ) : null}
      <TextField
        id="endpoint-name"
        label="Name"
        value={name}
        onChange={setName}
        autoComplete="off"
      />
      <TextField
        id="endpoint-url"
        label="URL"
        type="url"
        hint="Private, loopback and link-local addresses are refused unless this deployment allows private ones."
        value={url}
        onChange={setUrl}
        autoComplete="off"
      />
      <SelectField
        id="endpoint-format"
        label="Body format"
        value={format}
        onChange={(value) => setFormat(value as WebhookFormat)}
        options={Object.entries(FORMAT_LABEL).map(([value, label]) => ({ value, label }))}
      />
      <div className="alerts-form__actions">
        <Button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save endpoint'}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
