import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type {
  AlertRuleKind,
  SignalDimension,
  WarningSignKind,
} from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { KIND_LABEL, parseAddresses, type Rule, SIGN_LABEL } from './alert-shape';
import {
  AlertRulesDocument,
  CreateAlertRuleDocument,
  UpdateAlertRuleDocument,
} from './graphql/alerts';

interface EndpointChoice {
  id: string;
  name: string;
}

const NEEDS_THRESHOLD: readonly AlertRuleKind[] = ['BACKLOG', 'SLA_BREACHES'];

/** The windows offered; an edited rule's own window is offered too. */
const WINDOWS = [7, 14, 28, 91];

/** A new rule, or every setting of an existing one: what it watches, its line, and who is told. */
export function RuleForm({
  rule,
  endpoints,
  onDone,
}: {
  /** The rule edited; a new rule when absent. */
  rule?: Rule;
  endpoints: readonly EndpointChoice[];
  onDone: (name: string | null) => void;
}) {
  const [name, setName] = useState(rule?.name ?? '');
  const [kind, setKind] = useState<AlertRuleKind>(rule?.kind ?? 'WARNING_SIGN');
  const [sign, setSign] = useState<string>(rule?.sign ?? '');
  const [dimension, setDimension] = useState<string>(rule?.dimension ?? '');
  const [threshold, setThreshold] = useState(rule?.threshold?.toString() ?? '');
  const [windowDays, setWindowDays] = useState(String(rule?.windowDays ?? 28));
  const [notifyInApp, setNotifyInApp] = useState(rule?.notifyInApp ?? true);
  const [emails, setEmails] = useState(rule?.emailTo.join(', ') ?? '');
  const [endpointIds, setEndpointIds] = useState<string[]>(rule ? [...rule.endpointIds] : []);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateAlertRuleDocument, {
    refetchQueries: [AlertRulesDocument],
  });
  const [update, updating] = useMutation(UpdateAlertRuleDocument, {
    refetchQueries: [AlertRulesDocument],
  });
  const loading = creating.loading || updating.loading;
  const windows = [...new Set([...WINDOWS, Number(windowDays)])].sort((a, b) => a - b);
  const needsThreshold = NEEDS_THRESHOLD.includes(kind);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem('Give the rule a name, e.g. “Backlog over 300”.');
    if (needsThreshold && !(Number(threshold) >= 1))
      return setProblem('Set a threshold of 1 or more.');
    const settings = {
      name: name.trim(),
      kind,
      sign: kind === 'WARNING_SIGN' && sign ? (sign as WarningSignKind) : null,
      dimension: kind === 'RISING' && dimension ? (dimension as SignalDimension) : null,
      threshold: needsThreshold ? Number(threshold) : null,
      windowDays: Number(windowDays),
      notifyInApp,
      emailTo: parseAddresses(emails),
      endpointIds,
    };
    try {
      if (rule) await update({ variables: { input: { id: rule.id, ...settings } } });
      else await create({ variables: { input: settings } });
      onDone(name.trim());
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  return (
    <form
      className="alerts-form"
      aria-label={rule ? `Edit the rule ${rule.name}` : 'New alert rule'}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {problem ? (
        <Alert tone="danger" role="alert" title="The rule was not saved">
          {problem}
        </Alert>
      ) : null}
      <TextField id="rule-name" label="Name" value={name} onChange={setName} autoComplete="off" />
      <SelectField
        id="rule-kind"
        label="Fires when"
        value={kind}
        onChange={(value) => setKind(value as AlertRuleKind)}
        options={Object.entries(KIND_LABEL).map(([value, label]) => ({ value, label }))}
      />
      {kind === 'WARNING_SIGN' ? (
        <SelectField
          id="rule-sign"
          label="Warning sign"
          value={sign}
          onChange={setSign}
          placeholder="Any warning sign"
          options={Object.entries(SIGN_LABEL).map(([value, label]) => ({ value, label }))}
        />
      ) : null}
      {kind === 'RISING' ? (
        <SelectField
          id="rule-dimension"
          label="Rising"
          value={dimension}
          onChange={setDimension}
          placeholder="Themes and policies"
          options={[
            { value: 'THEME', label: 'Themes' },
            { value: 'POLICY', label: 'Policies' },
          ]}
        />
      ) : null}
      {needsThreshold ? (
        <TextField
          id="rule-threshold"
          label={kind === 'BACKLOG' ? 'Open items, at or above' : 'Breaches, at or above'}
          inputMode="numeric"
          value={threshold}
          onChange={setThreshold}
        />
      ) : null}
      <SelectField
        id="rule-window"
        label="Judged over"
        value={windowDays}
        onChange={setWindowDays}
        options={windows.map((days) => ({
          value: String(days),
          label: `the last ${days} days`,
        }))}
      />
      <CheckboxField
        id="rule-in-app"
        label="Tell managers in the app"
        checked={notifyInApp}
        onChange={setNotifyInApp}
      />
      <TextField
        id="rule-emails"
        label="E-mail to"
        optional
        hint="Addresses separated by commas, at most 10."
        value={emails}
        onChange={setEmails}
        autoComplete="off"
      />
      {endpoints.length > 0 ? (
        <fieldset className="alerts-form__endpoints">
          <legend>Webhooks</legend>
          {endpoints.map((endpoint) => (
            <CheckboxField
              key={endpoint.id}
              id={`rule-endpoint-${endpoint.id}`}
              label={endpoint.name}
              checked={endpointIds.includes(endpoint.id)}
              onChange={(checked) =>
                setEndpointIds((ids) =>
                  checked ? [...ids, endpoint.id] : ids.filter((id) => id !== endpoint.id),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <div className="alerts-form__actions">
        <Button type="submit" disabled={loading}>
          {loading ? 'Saving…' : 'Save rule'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
