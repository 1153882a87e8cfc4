import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { WebhookFormat } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { FORMAT_LABEL, isHttpUrl } from './alert-shape';
import { CreateWebhookEndpointDocument, WebhookEndpointsDocument } from './graphql/alerts';

/** A new webhook endpoint; its signing secret is handed back once, to the page. */
export function EndpointForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: { name: string; secret: string }) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<WebhookFormat>('JSON');
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem('Name the endpoint, e.g. “Slack #service-review”.');
    if (!isHttpUrl(url)) return setProblem('The URL must be an http or https address.');
    try {
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
      aria-label="New webhook endpoint"
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
