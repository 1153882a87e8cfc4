import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { LogContactMutation } from '../../graphql/generated/graphql';
import { DECISION_OPTIONS } from '../../lib/decisions';
import { formatDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import {
  channelLabel,
  CHANNELS,
  customerSourceLabel,
  ITEM_KINDS,
  itemKindLabel,
  PRIORITIES,
  priorityLabel,
} from '../../lib/labels';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { ITEM_TEXT_LIMIT } from '../../lib/text';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Confirmation } from '../../ui/Confirmation';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { RadioGroupField } from '../../ui/fields/RadioGroupField';
import { SelectField } from '../../ui/fields/SelectField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { TextField } from '../../ui/fields/TextField';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { useFormErrors } from '../../ui/useFormErrors';
import { FormAside } from '../forms/FormAside';
import { ContactFormOptionsDocument } from '../organisation/graphql/options';
import { LogContactDocument } from './graphql/submit-item';
import {
  CONTACT_FIELD_IDS,
  CONTACT_SERVER_MESSAGES,
  emptyContact,
  referenceOf,
  toLogContactInput,
  validateContact,
  type ContactDraft,
  type CustomerSource,
} from './log-contact-form';

type LoggedItem = LogContactMutation['logContact']['item'];

export default function LogContactPage() {
  const user = useCurrentUser();
  const options = useQuery(ContactFormOptionsDocument);
  const [draft, setDraft] = useState<ContactDraft>(emptyContact);
  const [logged, setLogged] = useState<LoggedItem | null>(null);
  const form = useFormErrors(CONTACT_FIELD_IDS, CONTACT_SERVER_MESSAGES);
  const [logContact, { loading }] = useMutation(LogContactDocument);

  const teams = options.data?.teams ?? [];
  const policies = options.data?.policies ?? [];
  const defaultTeamId =
    user?.teamId && teams.some((team) => team.id === user.teamId) ? user.teamId : '';
  const values: ContactDraft = { ...draft, teamId: draft.teamId || defaultTeamId };

  const update = <K extends keyof ContactDraft>(field: K, value: ContactDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    if (form.rejectLocally(validateContact(values))) return;
    // One request: the API stores the contact and its exception together or neither, so a
    // failure leaves nothing half-written and the form keeps everything to send again.
    try {
      const { data } = await logContact({ variables: { input: toLogContactInput(values) } });
      if (!data) return;
      setLogged(data.logContact.item);
      setDraft(emptyContact());
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow="Forms"
        title="Log a customer contact"
        description="For requests, complaints and feedback that reach you by phone, in person or by letter, so they count alongside everything that arrives online."
      />
      <div role="status" aria-live="polite" className="form-status">
        {logged ? (
          <Confirmation
            title="Contact logged"
            facts={[
              {
                label: 'Reference',
                value: <span className="confirmation__reference">{referenceOf(logged.id)}</span>,
              },
              { label: 'Kind', value: itemKindLabel[logged.kind] },
              { label: 'Channel', value: channelLabel[logged.channel] },
              { label: 'Team', value: logged.team?.name ?? 'No team' },
              { label: 'Priority', value: priorityLabel[logged.priority] },
              { label: 'Received', value: formatDateTime(logged.receivedAt) },
            ]}
            actions={
              <Button
                variant="secondary"
                onClick={() => {
                  setLogged(null);
                  setTimeout(() => document.getElementById(CONTACT_FIELD_IDS.kind)?.focus());
                }}
              >
                Log another contact
              </Button>
            }
          >
            <p className="confirmation__privacy">
              Give the customer the reference if they want to follow it up.
            </p>
            <p>
              <Link to={`/explorer/items/${logged.id}`}>
                Open the item to add a reply or decision later
              </Link>
            </p>
          </Confirmation>
        ) : null}
      </div>
      {logged ? null : options.loading && !options.data ? (
        <Card>
          <LoadingState label="Loading teams and policies…" />
        </Card>
      ) : options.error && !options.data ? (
        <Card>
          <ErrorState
            title="Teams and policies could not be loaded"
            message={describeError(options.error).message}
            onRetry={() => void options.refetch()}
          />
        </Card>
      ) : (
        <div className="form-page">
          <form
            className="form"
            noValidate
            aria-label="Log a customer contact"
            onSubmit={(event) => void submit(event)}
          >
            <ErrorSummary problems={form.problems} attempt={form.attempt} />
            <Card title="The contact" titleId="contact-section-what">
              <div className="form">
                <RadioGroupField
                  id={CONTACT_FIELD_IDS.kind}
                  name="kind"
                  legend="What kind of contact was it?"
                  layout="inline"
                  value={values.kind}
                  onChange={(value) => update('kind', value)}
                  options={ITEM_KINDS.map((kind) => ({ value: kind, label: itemKindLabel[kind] }))}
                  error={form.errors.kind}
                />
                <TextAreaField
                  id={CONTACT_FIELD_IDS.text}
                  label="What did the customer say?"
                  hint="In their words where you can. Leave out names, phone numbers and other personal details."
                  rows={6}
                  value={values.text}
                  onChange={(value) => update('text', value)}
                  maxCharacters={ITEM_TEXT_LIMIT}
                  error={form.errors.text}
                />
                <RadioGroupField
                  id={CONTACT_FIELD_IDS.source}
                  name="source"
                  legend="Who is the customer?"
                  layout="inline"
                  value={values.source}
                  onChange={(value: CustomerSource) => update('source', value)}
                  options={(Object.keys(customerSourceLabel) as CustomerSource[]).map((source) => ({
                    value: source,
                    label: customerSourceLabel[source],
                  }))}
                  error={form.errors.source}
                />
              </div>
            </Card>
            <Card title="Details" titleId="contact-section-details">
              <div className="form">
                <div className="form__row">
                  <SelectField
                    id={CONTACT_FIELD_IDS.channel}
                    label="How did it reach you?"
                    value={values.channel}
                    onChange={(value) => update('channel', value as ContactDraft['channel'])}
                    options={CHANNELS.map((channel) => ({
                      value: channel,
                      label: channelLabel[channel],
                    }))}
                    error={form.errors.channel}
                  />
                  <SelectField
                    id={CONTACT_FIELD_IDS.priority}
                    label="Priority"
                    value={values.priority}
                    onChange={(value) => update('priority', value as ContactDraft['priority'])}
                    options={PRIORITIES.map((priority) => ({
                      value: priority,
                      label: priorityLabel[priority],
                    }))}
                    error={form.errors.priority}
                  />
                </div>
                <div className="form__row">
                  <SelectField
                    id={CONTACT_FIELD_IDS.teamId}
                    label="Team"
                    optional
                    value={values.teamId}
                    onChange={(value) => update('teamId', value)}
                    placeholder="No team"
                    options={teams.map((team) => ({ value: team.id, label: team.name }))}
                    error={form.errors.teamId}
                  />
                  <SelectField
                    id={CONTACT_FIELD_IDS.policyId}
                    label="Policy it concerns"
                    optional
                    value={values.policyId}
                    onChange={(value) => update('policyId', value)}
                    placeholder="None, or not sure"
                    options={policies.map((policy) => ({ value: policy.id, label: policy.name }))}
                    error={form.errors.policyId}
                  />
                </div>
                <SelectField
                  id={CONTACT_FIELD_IDS.decision}
                  label="What did you decide with the customer?"
                  optional
                  hint="An exception needs the policy it concerns."
                  value={values.decision}
                  onChange={(value) => update('decision', value as ContactDraft['decision'])}
                  placeholder="Nothing decided yet"
                  options={DECISION_OPTIONS}
                  error={form.errors.decision}
                />
                <TextField
                  id={CONTACT_FIELD_IDS.customerRef}
                  label="Customer reference"
                  optional
                  hint="An account, case or order number that links repeat contacts — never a name."
                  maxLength={SHORT_TEXT_LIMIT * 2}
                  autoComplete="off"
                  spellCheck={false}
                  value={values.customerRef}
                  onChange={(value) => update('customerRef', value)}
                  error={form.errors.customerRef}
                />
              </div>
            </Card>
            <div className="form__actions">
              <Button type="submit" busy={loading}>
                {loading ? 'Logging…' : 'Log contact'}
              </Button>
            </div>
          </form>
          <FormAside title="Why log it">
            <ul>
              <li>
                Calls and visits are otherwise invisible: logged, they count in the review with
                everything that arrives online.
              </li>
              <li>Complaints feed the warning signs and the policy friction scores.</li>
              <li>
                Use a reference, never a name: the text is read by people reviewing the service.
              </li>
            </ul>
          </FormAside>
        </div>
      )}
    </>
  );
}
