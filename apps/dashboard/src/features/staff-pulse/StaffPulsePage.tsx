import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../session/useCurrentUser';
import type { SubmitStaffPulseMutation } from '../../graphql/generated/graphql';
import { formatDay, formatNumber } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { WORKLOAD_LEVELS } from '../../lib/labels';
import { ITEM_TEXT_LIMIT } from '../../lib/text';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Confirmation } from '../../ui/Confirmation';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { RadioGroupField } from '../../ui/fields/RadioGroupField';
import { TextField } from '../../ui/fields/TextField';
import { TextAreaField } from '../../ui/fields/TextAreaField';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { useFormErrors } from '../../ui/useFormErrors';
import { FormAside } from '../forms/FormAside';
import { TeamOptionsDocument } from '../organisation/graphql/options';
import { SubmitStaffPulseDocument } from './graphql/submit-staff-pulse';
import {
  emptyPulse,
  PULSE_FIELD_IDS,
  PULSE_SERVER_MESSAGES,
  PULSE_TEXT_LABELS,
  toPulseInput,
  validatePulse,
  type PulseDraft,
} from './staff-pulse-form';
import './StaffPulsePage.css';

interface Recorded {
  receipt: SubmitStaffPulseMutation['submitStaffPulse'];
  teamName: string;
  workload: number;
}

export default function StaffPulsePage() {
  const user = useCurrentUser();
  const teamsQuery = useQuery(TeamOptionsDocument);
  const [draft, setDraft] = useState<PulseDraft>(() => emptyPulse());
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const form = useFormErrors(PULSE_FIELD_IDS, PULSE_SERVER_MESSAGES);
  const [submitPulse, { loading }] = useMutation(SubmitStaffPulseDocument);

  const teams = teamsQuery.data?.teams ?? [];
  // A pulse speaks for the team one works in: the API takes no other (so nobody can pad another
  // team's small anonymous group with answers they know).
  const ownTeam = teams.find((team) => team.id === user?.teamId) ?? null;
  const values: PulseDraft = { ...draft, teamId: ownTeam?.id ?? '' };

  const update = <K extends keyof PulseDraft>(field: K, value: PulseDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    if (form.rejectLocally(validatePulse(values))) return;
    try {
      const { data } = await submitPulse({ variables: { input: toPulseInput(values) } });
      if (!data || values.workload === null) return;
      setRecorded({
        receipt: data.submitStaffPulse,
        teamName: ownTeam?.name ?? 'your team',
        workload: values.workload,
      });
      setDraft(emptyPulse());
    } catch (error) {
      form.rejectFromServer(error);
    }
  }

  return (
    <>
      <PageHeader
        eyebrow="Forms"
        title="Staff feedback"
        description="How work is going, in two minutes. Your answers go into the monthly service review, where they shape what gets fixed."
      />
      <div role="status" aria-live="polite" className="form-status">
        {recorded ? (
          <PulseConfirmation
            recorded={recorded}
            onAgain={() => {
              setRecorded(null);
              // The button that had focus is gone; start again at the first question.
              setTimeout(() => document.getElementById(PULSE_FIELD_IDS.workload)?.focus());
            }}
          />
        ) : null}
      </div>
      {recorded ? null : teamsQuery.loading && !teamsQuery.data ? (
        <Card>
          <LoadingState label="Loading your teams…" />
        </Card>
      ) : teamsQuery.error && !teamsQuery.data ? (
        <Card>
          <ErrorState
            title="The list of teams could not be loaded"
            message={describeError(teamsQuery.error).message}
            onRetry={() => void teamsQuery.refetch()}
          />
        </Card>
      ) : teams.length === 0 ? (
        <Card>
          <EmptyState title="There are no teams yet">
            Feedback is recorded per team. Ask an administrator or manager to add your team first.
          </EmptyState>
        </Card>
      ) : ownTeam === null ? (
        <Card>
          <EmptyState title="Your account has no team">
            Feedback is given for the team you work in. Ask an administrator to set your team.
          </EmptyState>
        </Card>
      ) : (
        <div className="form-page">
          <form
            className="form"
            noValidate
            aria-label="Staff feedback"
            onSubmit={(event) => void submit(event)}
          >
            <ErrorSummary problems={form.problems} attempt={form.attempt} />
            <Card title="You and your workload" titleId="pulse-section-workload">
              <div className="form">
                <TextField
                  id={PULSE_FIELD_IDS.teamId}
                  label="Your team"
                  hint="Feedback counts for the team you work in; an administrator can change it."
                  value={ownTeam.name}
                  onChange={() => undefined}
                  readOnly
                  error={form.errors.teamId}
                />
                <RadioGroupField
                  id={PULSE_FIELD_IDS.workload}
                  name="workload"
                  legend="How has your workload felt lately?"
                  hint="From 1, light, to 5, overwhelming."
                  layout="scale"
                  columns={5}
                  value={values.workload}
                  onChange={(value) => update('workload', value)}
                  options={WORKLOAD_LEVELS.map((level) => ({
                    value: level.value,
                    label: level.label,
                    description: level.description,
                    marker: String(level.value),
                  }))}
                  error={form.errors.workload}
                />
                <TextAreaField
                  id={PULSE_FIELD_IDS.workloadComment}
                  label={PULSE_TEXT_LABELS.workloadComment}
                  optional
                  rows={3}
                  value={values.workloadComment}
                  onChange={(value) => update('workloadComment', value)}
                  maxCharacters={ITEM_TEXT_LIMIT}
                  error={form.errors.workloadComment}
                />
              </div>
            </Card>
            <Card title="What you see" titleId="pulse-section-observations">
              <div className="form">
                <TextAreaField
                  id={PULSE_FIELD_IDS.obstacles}
                  label={PULSE_TEXT_LABELS.obstacles}
                  hint="Rules, systems, hand-offs, missing information — whatever slows you down or gets customers a worse answer."
                  optional
                  value={values.obstacles}
                  onChange={(value) => update('obstacles', value)}
                  maxCharacters={ITEM_TEXT_LIMIT}
                  error={form.errors.obstacles}
                />
                <TextAreaField
                  id={PULSE_FIELD_IDS.customerRequests}
                  label={PULSE_TEXT_LABELS.customerRequests}
                  hint="Services, options or opening hours people ask for and we have to turn down."
                  optional
                  value={values.customerRequests}
                  onChange={(value) => update('customerRequests', value)}
                  maxCharacters={ITEM_TEXT_LIMIT}
                  error={form.errors.customerRequests}
                />
              </div>
            </Card>
            <Card title="Privacy" titleId="pulse-section-privacy" className="pulse-privacy">
              <CheckboxField
                id={PULSE_FIELD_IDS.anonymous}
                label="Send anonymously"
                checked={values.anonymous}
                onChange={(checked) => update('anonymous', checked)}
                error={form.errors.anonymous}
                hint={
                  <>
                    <p>
                      <strong>Anonymous:</strong> your name is not stored with this entry, and only
                      the day is kept — not the time — so it cannot be matched to when you were
                      signed in. Your team is still recorded, so your answers count for your team.
                    </p>
                    <p>
                      <strong>Not anonymous:</strong> your name is stored with the entry, so a
                      manager can follow up with you.
                    </p>
                  </>
                }
              />
            </Card>
            <div className="form__actions">
              <Button type="submit" busy={loading}>
                {loading ? 'Sending…' : 'Send feedback'}
              </Button>
              <p className="form__note">Only the workload and team are required.</p>
            </div>
          </form>
          <FormAside title="What happens to your answers">
            <ul>
              <li>
                Your workload counts towards your team’s staff pulse in the monthly service review.
              </li>
              <li>
                Each written answer becomes a staff feedback item, read for its themes and the rules
                it mentions.
              </li>
              <li>
                Sent anonymously, an entry carries no name and only the day — see Privacy below.
              </li>
            </ul>
          </FormAside>
        </div>
      )}
    </>
  );
}

function PulseConfirmation({ recorded, onAgain }: { recorded: Recorded; onAgain: () => void }) {
  const { receipt, teamName, workload } = recorded;
  const level = WORKLOAD_LEVELS.find((entry) => entry.value === workload);
  return (
    <Confirmation
      title="Thank you — your feedback is recorded"
      facts={[
        { label: 'Team', value: teamName },
        {
          label: 'Workload',
          value: `${workload} of 5${level ? ` (${level.label.toLowerCase()})` : ''}`,
        },
        { label: 'Recorded on', value: formatDay(receipt.submittedOn) },
        {
          label: 'Written answers',
          value:
            receipt.itemsCreated === 0
              ? 'None'
              : `${formatNumber(receipt.itemsCreated)} added as staff feedback`,
        },
      ]}
      actions={
        <Button variant="secondary" onClick={onAgain}>
          Give more feedback
        </Button>
      }
    >
      <p className="confirmation__privacy">
        {receipt.anonymous
          ? 'Sent anonymously: your name was not stored, and only the day was kept, not the time.'
          : 'Sent with your name: a manager can see it came from you and follow up.'}
      </p>
    </Confirmation>
  );
}
