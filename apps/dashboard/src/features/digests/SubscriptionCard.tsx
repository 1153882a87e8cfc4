import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { DigestFrequency, DigestSubscriptionQuery } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { SelectField } from '../../ui/fields/SelectField';
import { QueryStates } from '../insights/QueryStates';
import { FREQUENCY_LABEL } from './digest-shape';
import { DigestSubscriptionDocument, UpdateDigestSubscriptionDocument } from './graphql/digests';

const FREQUENCIES: DigestFrequency[] = ['MONTHLY', 'WEEKLY'];

/** The manager's own subscription: on or off, weekly or monthly. */
export function SubscriptionCard({ onSaved }: { onSaved: () => void }) {
  const query = useQuery(DigestSubscriptionDocument);
  return (
    <Card title="Your subscription" titleId="digests-subscription">
      <QueryStates query={query} what="your subscription" lines={3}>
        {(data) => <SubscriptionForm stored={data.digestSubscription} onSaved={onSaved} />}
      </QueryStates>
    </Card>
  );
}

function SubscriptionForm({
  stored,
  onSaved,
}: {
  stored: DigestSubscriptionQuery['digestSubscription'];
  onSaved: () => void;
}) {
  const [save, saving] = useMutation(UpdateDigestSubscriptionDocument);
  const [enabled, setEnabled] = useState(stored.enabled);
  const [frequency, setFrequency] = useState<DigestFrequency>(stored.frequency);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async () => {
    setSaved(null);
    const result = await save({ variables: { input: { enabled, frequency } } }).catch(() => null);
    const view = result?.data?.updateDigestSubscription;
    if (!view) return;
    setSaved(
      view.enabled
        ? `Saved. The digest of ${view.latestPeriod.label} goes to ${view.email} within minutes unless it was sent already, then one ${view.frequency === 'WEEKLY' ? 'each Monday' : 'on the 1st of each month'}.`
        : 'Saved. No more digests will be sent to you.',
    );
    onSaved();
  };

  return (
    <form
      className="digests-page__form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <CheckboxField
        id="digest-enabled"
        label="Send me the review digest"
        hint={`To ${stored.email}`}
        checked={enabled}
        onChange={setEnabled}
      />
      <SelectField
        id="digest-frequency"
        label="How often"
        value={frequency}
        onChange={(value) => setFrequency(value as DigestFrequency)}
        options={FREQUENCIES.map((value) => ({
          value,
          label:
            value === 'WEEKLY'
              ? `${FREQUENCY_LABEL[value]}: each Monday, the week before`
              : `${FREQUENCY_LABEL[value]}: on the 1st, the month before`,
        }))}
      />
      {stored.transport === 'OUTBOX' ? (
        <Alert tone="info">
          No mail server is configured, so digests are not e-mailed: they are kept here (the outbox)
          and written as .eml files on the server.
        </Alert>
      ) : null}
      {saving.error ? (
        <Alert tone="danger" role="alert">
          {describeError(saving.error).message}
        </Alert>
      ) : null}
      {saved ? (
        <Alert tone="success" role="status">
          {saved}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={saving.loading}>
          {saving.loading ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
