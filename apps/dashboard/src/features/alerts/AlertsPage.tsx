import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../lib/graphql-errors';
import { useCurrentUser } from '../../session/useCurrentUser';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CopyButton } from '../../ui/CopyButton';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { QueryStates } from '../insights/QueryStates';
import { describeChannels, describeRule, FORMAT_LABEL } from './alert-shape';
import { DeliveryLog } from './DeliveryLog';
import { EndpointForm } from './EndpointForm';
import {
  AlertDeliveriesDocument,
  AlertRulesDocument,
  DeleteAlertRuleDocument,
  DeleteWebhookEndpointDocument,
  EvaluateAlertRulesDocument,
  NotificationsDocument,
  UpdateAlertRuleDocument,
  UpdateWebhookEndpointDocument,
  WebhookEndpointsDocument,
} from './graphql/alerts';
import { NotificationsCard } from './NotificationsCard';
import { RuleForm } from './RuleForm';
import './Alerts.css';

type Note = { tone: 'success' | 'danger'; text: string };
/** The form open: a new rule or endpoint (id null), or the one edited. */
type Editing = { what: 'rule' | 'endpoint'; id: string | null } | null;

/**
 * Alerts: the rules that watch warning signs, rising themes and policies, the backlog and SLA
 * breaches; the webhook endpoints they post to; the delivery log with replay; and, for
 * managers, their notifications.
 */
export default function AlertsPage() {
  const user = useCurrentUser();
  const rules = useQuery(AlertRulesDocument);
  const endpoints = useQuery(WebhookEndpointsDocument);
  const [editing, setEditing] = useState<Editing>(null);
  // Rules decide which insight figures are sent, and where: managers write them (admins see them).
  const writesRules = user?.role === 'MANAGER';
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const refetchAfterChange = [
    AlertRulesDocument,
    WebhookEndpointsDocument,
    AlertDeliveriesDocument,
  ];
  const [updateRule] = useMutation(UpdateAlertRuleDocument, {
    refetchQueries: [AlertRulesDocument],
  });
  const [updateEndpoint] = useMutation(UpdateWebhookEndpointDocument, {
    refetchQueries: [WebhookEndpointsDocument],
  });
  const [deleteRule, deletingRule] = useMutation(DeleteAlertRuleDocument, {
    refetchQueries: refetchAfterChange,
  });
  const [deleteEndpoint, deletingEndpoint] = useMutation(DeleteWebhookEndpointDocument, {
    refetchQueries: refetchAfterChange,
  });
  const [evaluate, evaluating] = useMutation(EvaluateAlertRulesDocument, {
    refetchQueries:
      user?.role === 'MANAGER'
        ? [...refetchAfterChange, NotificationsDocument]
        : refetchAfterChange,
  });
  const endpointList = endpoints.data?.webhookEndpoints ?? [];

  /** Runs a change and says how it went: `work` answers the sentence to show. */
  const act = async (work: () => Promise<string>) => {
    setNote(null);
    try {
      setNote({ tone: 'success', text: await work() });
    } catch (error) {
      setNote({ tone: 'danger', text: describeError(error).message });
    }
  };

  return (
    <div className="alerts-page">
      <PageHeader
        eyebrow="Alerts"
        title="Alerts and webhooks"
        description="Rules are judged every few minutes against the dashboard’s own figures. A rule fires once when its condition starts to hold, and again only after it has stopped."
        actions={
          <Button
            variant="secondary"
            disabled={evaluating.loading}
            onClick={() =>
              void act(async () => {
                const { data } = await evaluate();
                const fired = data?.evaluateAlertRules.fired ?? 0;
                return `${data?.evaluateAlertRules.rules ?? 0} rules checked: ${fired === 0 ? 'nothing new fired' : `${fired} fired`}.`;
              })
            }
          >
            {evaluating.loading ? 'Checking…' : 'Check rules now'}
          </Button>
        }
      />
      {note ? (
        <Alert tone={note.tone} role={note.tone === 'danger' ? 'alert' : 'status'}>
          {note.text}
        </Alert>
      ) : null}
      {user?.role === 'MANAGER' ? <NotificationsCard /> : null}

      <Card
        title="Rules"
        titleId="alerts-rules"
        actions={
          editing === null && writesRules ? (
            <Button size="sm" onClick={() => setEditing({ what: 'rule', id: null })}>
              New rule
            </Button>
          ) : null
        }
      >
        {writesRules ? null : (
          <p className="alerts__sub">
            Managers write the rules: they decide which figures are sent, and where.
          </p>
        )}
        {editing?.what === 'rule' && editing.id === null ? (
          <RuleForm
            endpoints={endpointList}
            onDone={(name) => {
              setEditing(null);
              if (name) setNote({ tone: 'success', text: `Rule “${name}” saved.` });
            }}
          />
        ) : null}
        <QueryStates query={rules} what="the alert rules">
          {(data) =>
            data.alertRules.length === 0 ? (
              <EmptyState title="No rules yet">
                Add one for the warning signs, rising complaints, the backlog or service-level
                breaches.
              </EmptyState>
            ) : (
              <ul className="alerts__list">
                {data.alertRules.map((rule) =>
                  editing?.what === 'rule' && editing.id === rule.id ? (
                    <li key={rule.id}>
                      <RuleForm
                        rule={rule}
                        endpoints={endpointList}
                        onDone={(name) => {
                          setEditing(null);
                          if (name) setNote({ tone: 'success', text: `Rule “${name}” saved.` });
                        }}
                      />
                    </li>
                  ) : (
                    <li key={rule.id}>
                      <div>
                        <strong>{rule.name}</strong>{' '}
                        {rule.enabled ? (
                          <Badge tone="success">On</Badge>
                        ) : (
                          <Badge tone="neutral">Off</Badge>
                        )}
                        <span className="alerts__sub">{describeRule(rule)}</span>
                        <span className="alerts__sub">Tells: {describeChannels(rule)}</span>
                      </div>
                      {writesRules ? (
                        <div className="alerts__item-actions">
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${rule.enabled ? 'Turn off' : 'Turn on'} ${rule.name}`}
                            onClick={() =>
                              void act(async () => {
                                await updateRule({
                                  variables: { input: { id: rule.id, enabled: !rule.enabled } },
                                });
                                return `Rule “${rule.name}” turned ${rule.enabled ? 'off' : 'on'}.`;
                              })
                            }
                          >
                            {rule.enabled ? 'Turn off' : 'Turn on'}
                          </Button>
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`Edit ${rule.name}`}
                            disabled={editing !== null}
                            onClick={() => setEditing({ what: 'rule', id: rule.id })}
                          >
                            Edit
                          </Button>
                          <ConfirmButton
                            aria-label={`Delete ${rule.name}`}
                            question={`Delete “${rule.name}” with its history (its alerts, notifications and deliveries)? To keep them, turn it off instead.`}
                            confirmLabel="Delete rule"
                            busy={deletingRule.loading}
                            variant="ghost"
                            onConfirm={() =>
                              act(async () => {
                                await deleteRule({ variables: { input: { id: rule.id } } });
                                return `Rule “${rule.name}” deleted.`;
                              })
                            }
                          >
                            Delete
                          </ConfirmButton>
                        </div>
                      ) : null}
                    </li>
                  ),
                )}
              </ul>
            )
          }
        </QueryStates>
      </Card>

      <Card
        title="Webhook endpoints"
        titleId="alerts-endpoints"
        actions={
          editing === null ? (
            <Button size="sm" onClick={() => setEditing({ what: 'endpoint', id: null })}>
              New endpoint
            </Button>
          ) : null
        }
      >
        {secret ? (
          <Alert
            tone="warning"
            role="status"
            title={`The signing secret of “${secret.name}” — shown only now`}
          >
            <p>
              Store it with the receiver: it verifies the <code>X-Fulcrum-Signature</code> header.
              After you leave this page only its last characters are shown.
            </p>
            <p>
              <code className="alerts__secret">{secret.secret}</code>{' '}
              <CopyButton text={secret.secret} label="Copy secret" />
            </p>
            <Button size="sm" variant="secondary" onClick={() => setSecret(null)}>
              I have stored it
            </Button>
          </Alert>
        ) : null}
        {editing?.what === 'endpoint' && editing.id === null ? (
          <EndpointForm
            onCreated={(created) => {
              setEditing(null);
              setSecret(created);
            }}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        <QueryStates query={endpoints} what="the webhook endpoints">
          {(data) =>
            data.webhookEndpoints.length === 0 ? (
              <EmptyState title="No webhook endpoints">
                Add a Slack or Teams incoming webhook, or your own receiver, and choose it in a
                rule.
              </EmptyState>
            ) : (
              <ul className="alerts__list">
                {data.webhookEndpoints.map((endpoint) =>
                  editing?.what === 'endpoint' && editing.id === endpoint.id ? (
                    <li key={endpoint.id}>
                      <EndpointForm
                        endpoint={endpoint}
                        onCreated={() => setEditing(null)}
                        onSaved={(name) => {
                          setEditing(null);
                          setNote({ tone: 'success', text: `Endpoint “${name}” saved.` });
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    </li>
                  ) : (
                    <li key={endpoint.id}>
                      <div>
                        <strong>{endpoint.name}</strong>{' '}
                        {endpoint.enabled ? (
                          <Badge tone="success">On</Badge>
                        ) : (
                          <Badge tone="neutral">Off</Badge>
                        )}
                        <span className="alerts__sub alerts__url">{endpoint.url}</span>
                        <span className="alerts__sub">
                          {FORMAT_LABEL[endpoint.format]} · secret{' '}
                          <code>{endpoint.secretHint}</code>
                        </span>
                      </div>
                      <div className="alerts__item-actions">
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`${endpoint.enabled ? 'Turn off' : 'Turn on'} ${endpoint.name}`}
                          onClick={() =>
                            void act(async () => {
                              await updateEndpoint({
                                variables: {
                                  input: { id: endpoint.id, enabled: !endpoint.enabled },
                                },
                              });
                              return `Endpoint “${endpoint.name}” turned ${endpoint.enabled ? 'off' : 'on'}.`;
                            })
                          }
                        >
                          {endpoint.enabled ? 'Turn off' : 'Turn on'}
                        </Button>
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Edit ${endpoint.name}`}
                          disabled={editing !== null}
                          onClick={() => setEditing({ what: 'endpoint', id: endpoint.id })}
                        >
                          Edit
                        </Button>
                        <ConfirmButton
                          aria-label={`Delete ${endpoint.name}`}
                          question={`Delete “${endpoint.name}”? Rules stop posting to it; its deliveries stay in the log under its name, and any still waiting fail.`}
                          confirmLabel="Delete endpoint"
                          busy={deletingEndpoint.loading}
                          variant="ghost"
                          onConfirm={() =>
                            act(async () => {
                              await deleteEndpoint({ variables: { input: { id: endpoint.id } } });
                              return `Endpoint “${endpoint.name}” deleted.`;
                            })
                          }
                        >
                          Delete
                        </ConfirmButton>
                      </div>
                    </li>
                  ),
                )}
              </ul>
            )
          }
        </QueryStates>
      </Card>

      <DeliveryLog />
    </div>
  );
}
