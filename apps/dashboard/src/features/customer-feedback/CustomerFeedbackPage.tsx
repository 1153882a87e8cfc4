import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { PublicLayout } from '../../ui/PublicLayout';
import type { ItemKind, SubmitCustomerFeedbackMutation } from '../../graphql/generated/graphql';
import { formatDateTime } from '../../lib/format';
import { itemKindLabel } from '../../lib/labels';
import { ITEM_TEXT_LIMIT } from '../../lib/text';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Confirmation } from '../../ui/Confirmation';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { RadioGroupField } from '../../ui/fields/RadioGroupField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import {
  emptyFeedback,
  FEEDBACK_FIELD_IDS,
  FEEDBACK_SERVER_MESSAGES,
  toFeedbackInput,
  validateFeedback,
  type FeedbackDraft,
  type PublicSource,
} from './customer-feedback-form';
import { SubmitCustomerFeedbackDocument } from './graphql/submit-customer-feedback';
import './CustomerFeedbackPage.css';

const KIND_CHOICES: { value: ItemKind; label: string; description: string }[] = [
  { value: 'REQUEST', label: 'Request', description: 'Ask us for something' },
  { value: 'COMPLAINT', label: 'Complaint', description: 'Something went wrong' },
  { value: 'FEEDBACK', label: 'Feedback', description: 'An idea or an opinion' },
  { value: 'COMPLIMENT', label: 'Compliment', description: 'Something went well' },
];

const SOURCE_CHOICES: { value: PublicSource; label: string }[] = [
  { value: 'EXTERNAL_CUSTOMER', label: 'A customer' },
  { value: 'INTERNAL_CUSTOMER', label: 'A colleague in the organisation' },
];

type Receipt = SubmitCustomerFeedbackMutation['submitCustomerFeedback'] & { kind: ItemKind };

/** The public form: anyone may send a request, complaint, feedback or compliment without signing in. */
export default function CustomerFeedbackPage() {
  const [draft, setDraft] = useState<FeedbackDraft>(emptyFeedback);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const form = useFormErrors(FEEDBACK_FIELD_IDS, FEEDBACK_SERVER_MESSAGES);
  const [send, { loading }] = useMutation(SubmitCustomerFeedbackDocument);

  useEffect(() => {
    document.title = 'Send feedback · Fulcrum';
  }, []);

  const update = <K extends keyof FeedbackDraft>(field: K, value: FeedbackDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    if (form.rejectLocally(validateFeedback(draft))) return;
    try {
      const { data } = await send({ variables: { input: toFeedbackInput(draft) } });
      if (!data || !draft.kind) return;
      setReceipt({ ...data.submitCustomerFeedback, kind: draft.kind });
      setDraft(emptyFeedback());
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  const rateLimited = form.serverError?.kind === 'rate-limited';

  return (
    <PublicLayout wide>
      <div className="feedback">
        <div className="feedback__intro">
          <h1 className="feedback__title">Tell us what you need or how we did</h1>
          <p className="feedback__lede">
            Every message is read and counted in our monthly service review. You do not need an
            account.
          </p>
        </div>
        <div role="status" aria-live="polite" className="form-status">
          {receipt ? (
            <Confirmation
              title={`Thank you — we have received your ${itemKindLabel[receipt.kind].toLowerCase()}`}
              facts={[
                {
                  label: 'Your reference',
                  value: <span className="confirmation__reference">{receipt.reference}</span>,
                },
                { label: 'Received', value: formatDateTime(receipt.receivedAt) },
              ]}
              actions={
                <Button
                  variant="secondary"
                  onClick={() => {
                    setReceipt(null);
                    setTimeout(() => document.getElementById(FEEDBACK_FIELD_IDS.kind)?.focus());
                  }}
                >
                  Send another message
                </Button>
              }
            >
              <p className="confirmation__privacy">
                Quote this reference if you get in touch about it again.
              </p>
            </Confirmation>
          ) : null}
        </div>
        {receipt ? null : (
          <form
            className="form"
            noValidate
            aria-label="Send feedback"
            onSubmit={(event) => void submit(event)}
          >
            {rateLimited ? (
              <Alert tone="warning" role="alert" title="Please wait a moment">
                We have received many messages from your connection in a short time. Wait a minute,
                then send again — your message is still here.
              </Alert>
            ) : (
              <ErrorSummary problems={form.problems} attempt={form.attempt} />
            )}
            <Card as="div">
              <div className="form">
                <RadioGroupField
                  id={FEEDBACK_FIELD_IDS.kind}
                  name="kind"
                  legend="What would you like to send?"
                  layout="scale"
                  columns={4}
                  value={draft.kind}
                  onChange={(value) => update('kind', value)}
                  options={KIND_CHOICES}
                  error={form.errors.kind}
                />
                <TextAreaField
                  id={FEEDBACK_FIELD_IDS.text}
                  label="Your message"
                  hint="What happened, or what you need. Please leave out bank details and other sensitive information."
                  rows={7}
                  value={draft.text}
                  onChange={(value) => update('text', value)}
                  maxCharacters={ITEM_TEXT_LIMIT}
                  error={form.errors.text}
                />
                <RadioGroupField
                  id={FEEDBACK_FIELD_IDS.source}
                  name="source"
                  legend="Are you writing as…"
                  layout="inline"
                  value={draft.source}
                  onChange={(value) => update('source', value)}
                  options={SOURCE_CHOICES}
                  error={form.errors.source}
                />
                <TextField
                  id={FEEDBACK_FIELD_IDS.contact}
                  label="Email or phone number"
                  optional
                  hint={
                    <>
                      We do not keep what you type here. We store only a pseudonym — a code made
                      from it — so we can tell when the same person writes again. It cannot be
                      turned back into your details, so we cannot reply with it.
                    </>
                  }
                  autoComplete="email"
                  maxLength={400}
                  value={draft.contact}
                  onChange={(value) => update('contact', value)}
                  error={form.errors.contact}
                />
                <div className="form__actions">
                  <Button type="submit" busy={loading}>
                    {loading ? 'Sending…' : 'Send'}
                  </Button>
                </div>
              </div>
            </Card>
          </form>
        )}
      </div>
    </PublicLayout>
  );
}
