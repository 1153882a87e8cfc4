import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DeliveryStatus } from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { formatShortDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { Alert } from '../../ui/Alert';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/fields/SelectField';
import { EmptyState } from '../../ui/states';
import { QueryStates } from '../insights/QueryStates';
import {
  attemptSummary,
  canReplay,
  deliveriesCsv,
  deliveryTarget,
  deliveryTitle,
  readStatus,
  STATUS_LABEL,
  withStatus,
} from './alert-shape';
import { AlertDeliveriesDocument, ReplayAlertDeliveryDocument } from './graphql/alerts';

const TONE: Record<DeliveryStatus, BadgeTone> = {
  PENDING: 'info',
  RETRYING: 'warning',
  DELIVERED: 'success',
  FAILED: 'danger',
};

const LOG_SIZE = 100;

/** Every delivery, newest first, with each attempt; a failed or delivered one can be sent again. */
export function DeliveryLog() {
  const [params, setParams] = useSearchParams();
  const status = readStatus(params);
  const query = useQuery(AlertDeliveriesDocument, {
    variables: { input: { take: LOG_SIZE, status } },
    notifyOnNetworkStatusChange: true,
  });
  const [replay, replaying] = useMutation(ReplayAlertDeliveryDocument, {
    refetchQueries: [AlertDeliveriesDocument],
  });
  const [note, setNote] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  const sendAgain = async (id: string, title: string) => {
    setNote(null);
    try {
      await replay({ variables: { input: { id } } });
      setNote({ tone: 'success', text: `“${title}” will be sent again within seconds.` });
    } catch (error) {
      setNote({ tone: 'danger', text: describeError(error).message });
    }
  };

  return (
    <Card
      title="Delivery log"
      titleId="alerts-log"
      actions={
        <Button
          variant="secondary"
          size="sm"
          disabled={!query.data?.alertDeliveries.length}
          onClick={() =>
            downloadText(deliveriesCsv(query.data?.alertDeliveries ?? []), 'alert-deliveries.csv')
          }
        >
          Export CSV
        </Button>
      }
    >
      <SelectField
        id="log-status"
        label="Show"
        value={status ?? ''}
        onChange={(value) =>
          setParams(withStatus(params, (value || null) as DeliveryStatus | null))
        }
        placeholder="Every delivery"
        options={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))}
      />
      {note ? (
        <Alert tone={note.tone} role={note.tone === 'danger' ? 'alert' : 'status'}>
          {note.text}
        </Alert>
      ) : null}
      <QueryStates query={query} what="the delivery log">
        {(data) =>
          data.alertDeliveries.length === 0 ? (
            <EmptyState title="Nothing delivered yet">
              When a rule fires, each webhook and e-mail it sends is listed here with every attempt.
            </EmptyState>
          ) : (
            <div className="table-frame">
              <table className="data-table">
                <caption className="visually-hidden">Alert deliveries, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Alert</th>
                    <th scope="col">To</th>
                    <th scope="col">Status</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.alertDeliveries.map((delivery) => (
                    <tr key={delivery.id}>
                      <th scope="row">
                        {deliveryTitle(delivery)}
                        <span className="alerts__sub">
                          {delivery.event
                            ? `fired ${formatShortDateTime(delivery.event.firedAt)}`
                            : `made ${formatShortDateTime(delivery.createdAt)}`}
                          {delivery.replayOf ? ' · a replay' : ''}
                        </span>
                      </th>
                      <td>
                        {deliveryTarget(delivery)}
                        <span className="alerts__sub">
                          {delivery.channel === 'EMAIL' ? 'e-mail' : 'webhook'}
                        </span>
                      </td>
                      <td>
                        <Badge tone={TONE[delivery.status]}>{STATUS_LABEL[delivery.status]}</Badge>
                        {delivery.nextAttemptAt ? (
                          <span className="alerts__sub">
                            next try {formatShortDateTime(delivery.nextAttemptAt)}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {delivery.attempts.length === 0 ? (
                          'Not tried yet'
                        ) : (
                          <ol
                            className="alerts__attempts"
                            aria-label={`Attempts for ${deliveryTitle(delivery)}`}
                          >
                            {delivery.attempts.map((attempt) => (
                              <li key={attempt.at}>
                                {formatShortDateTime(attempt.at)}: {attemptSummary(attempt)}
                              </li>
                            ))}
                          </ol>
                        )}
                      </td>
                      <td className="data-table__actions">
                        {canReplay(delivery) ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`Send “${deliveryTitle(delivery)}” to ${deliveryTarget(delivery)} again`}
                            disabled={replaying.loading}
                            onClick={() => void sendAgain(delivery.id, deliveryTitle(delivery))}
                          >
                            Replay
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryStates>
    </Card>
  );
}
