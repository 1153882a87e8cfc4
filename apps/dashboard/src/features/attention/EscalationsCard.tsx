import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type {
  AttentionQuery,
  EscalationGroupFieldsFragment,
  EscalationOutcomeKind,
} from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { formatNumber, formatPercent, formatShortDate } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { escalationsCsv, escalationStateLabel } from './attention-shape';
import { RecordEscalationOutcomeDocument } from './graphql/attention';

type Attention = AttentionQuery['attention'];

/** The escalation pathway: where escalations come from, where they go, and how they end. */
export function EscalationsCard({
  attention,
  onRecorded,
}: {
  attention: Attention;
  onRecorded: () => void;
}) {
  const path = attention.escalations;
  const period = attention.period.label;
  return (
    <Card
      title={`Escalations, items received in ${period}`}
      titleId="escalations-title"
      actions={
        <Button
          variant="secondary"
          onClick={() =>
            downloadText(escalationsCsv(attention), `escalations-${attention.period.from}.csv`)
          }
        >
          Export CSV
        </Button>
      }
    >
      {path.escalations === 0 ? (
        <p className="insight-list__text">No item received in {period} was escalated.</p>
      ) : (
        <>
          <p className="insight-list__text">
            <DrillLink drilldown={path.items.drilldown} about={`Escalated items, ${period}`}>
              {formatNumber(path.items.count)} items
            </DrillLink>{' '}
            escalated {formatNumber(path.escalations)} times: {path.resolved} resolved,{' '}
            {path.returned} returned to the front line, {path.open} still open.{' '}
            {path.resolvedShare.share === null
              ? ''
              : `${formatPercent(path.resolvedShare.share)} of those that ended were resolved`}
            {path.medianDaysToOutcome === null
              ? '.'
              : `, after ${path.medianDaysToOutcome} days (median).`}
          </p>
          <h3 className="attention__subtitle">Where they come from</h3>
          <GroupTable groups={path.byTeam} heading="From team" period={period} shareColumn />
          <h3 className="attention__subtitle">Where they go</h3>
          <GroupTable groups={path.byDestination} heading="Escalated to" period={period} />
          <h3 className="attention__subtitle">Latest escalations</h3>
          <RecentTable recent={path.recent} onRecorded={onRecorded} />
        </>
      )}
    </Card>
  );
}

function GroupTable({
  groups,
  heading,
  period,
  shareColumn = false,
}: {
  groups: readonly EscalationGroupFieldsFragment[];
  heading: string;
  period: string;
  shareColumn?: boolean;
}) {
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">Escalations by {heading.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="data-table__number">
              Items
            </th>
            {shareColumn ? (
              <th scope="col" className="data-table__number">
                Of its items
              </th>
            ) : null}
            <th scope="col" className="data-table__number">
              Resolved
            </th>
            <th scope="col" className="data-table__number">
              Returned
            </th>
            <th scope="col" className="data-table__number">
              Open
            </th>
            <th scope="col" className="data-table__number">
              Days to outcome
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.label}>
              <th scope="row">{group.label}</th>
              <td className="data-table__number">
                <DrillLink
                  drilldown={group.items.drilldown}
                  about={`Escalated items, ${heading.toLowerCase()} ${group.label}, ${period}`}
                >
                  {formatNumber(group.items.count)}
                </DrillLink>
              </td>
              {shareColumn ? (
                <td className="data-table__number">
                  {group.escalatedShare?.share == null
                    ? '—'
                    : formatPercent(group.escalatedShare.share)}
                </td>
              ) : null}
              <td className="data-table__number">{group.resolved}</td>
              <td className="data-table__number">{group.returned}</td>
              <td className="data-table__number">{group.open}</td>
              <td className="data-table__number">{group.medianDaysToOutcome ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RecentTable({
  recent,
  onRecorded,
}: {
  recent: Attention['escalations']['recent'];
  onRecorded: () => void;
}) {
  const [record, { loading, error }] = useMutation(RecordEscalationOutcomeDocument);
  const decide = (eventId: string, outcome: EscalationOutcomeKind) =>
    void record({ variables: { input: { eventId, outcome } } }).then(onRecorded);
  return (
    <div className="table-frame">
      {error ? (
        <p role="alert" className="insight-list__text">
          Could not record the outcome: {error.message}
        </p>
      ) : null}
      <table className="data-table data-table--records">
        <caption className="visually-hidden">The latest escalations, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who, to whom</th>
            <th scope="col">Why</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((row) => (
            <tr key={row.eventId}>
              <td>
                <Link to={`/explorer/items/${row.itemId}`}>
                  {formatShortDate(String(row.escalatedAt))}
                </Link>
              </td>
              <th scope="row">
                {row.by} → {row.to}
                <p className="data-table__muted">{row.team?.name ?? 'No team'}</p>
              </th>
              <td>{row.reason ?? '—'}</td>
              <td>
                <Badge
                  tone={
                    row.state === 'OPEN'
                      ? 'warning'
                      : row.state === 'RESOLVED'
                        ? 'success'
                        : 'neutral'
                  }
                >
                  {escalationStateLabel[row.state]}
                  {row.outcomeAt ? `, ${formatShortDate(String(row.outcomeAt))}` : ''}
                </Badge>
                {row.state === 'OPEN' ? (
                  <span className="attention__outcome-actions">
                    <Button
                      variant="ghost"
                      disabled={loading}
                      onClick={() => decide(row.eventId, 'RESOLVED')}
                    >
                      Resolved
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={loading}
                      onClick={() => decide(row.eventId, 'RETURNED')}
                    >
                      Returned
                    </Button>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
