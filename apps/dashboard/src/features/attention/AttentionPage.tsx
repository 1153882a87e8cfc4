import { useQuery } from '@apollo/client/react';
import type { AttentionQuery, DrilldownFieldsFragment } from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { lastWholeMonth } from '../../lib/insight-scope';
import { formatNumber } from '../../lib/format';
import { MANAGER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/fields/SelectField';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { DrillLink } from '../insights/DrillLink';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { useInsightScope } from '../insights/useInsightScope';
import { attentionCsv, readStaleDays, STALE_CHOICES, withStaleDays } from './attention-shape';
import { EscalationsCard } from './EscalationsCard';
import { AttentionDocument } from './graphql/attention';
import { NeedsAttentionTable } from './NeedsAttentionTable';
import '../insights/insights.css';
import './Attention.css';

export const ATTENTION_MAX_MONTHS = 12;
/** A count and the drilldown that opens its items. */
interface ItemCountFields {
  count: number;
  drilldown: DrilldownFieldsFragment;
}

/** Items listed (the API allows up to 200). */
const LISTED = 50;

/**
 * What would otherwise wait: open items past a service level or without an update the customer
 * saw, who answers for each, how long customers wait for news, and where escalations go and how
 * they end. Filters, period and the "no update for" line live in the URL.
 */
export default function AttentionPage() {
  const user = useCurrentUser();
  const { scope, input, adjusted, dropped, now, params, setParams, setScope } = useInsightScope({
    defaultRange: lastWholeMonth,
    maxMonths: ATTENTION_MAX_MONTHS,
  });
  const staleDays = readStaleDays(params);
  const query = useQuery(AttentionDocument, {
    variables: { input: { ...input, staleDays, limit: LISTED } },
    notifyOnNetworkStatusChange: true,
  });
  const refetch = () => void query.refetch();
  return (
    <>
      <PageHeader
        eyebrow="Attention"
        title="What needs attention"
        description="Open items past a service level, or without an update the customer saw (a reply, a decision, a status change), with who answers for each; and the escalation pathway: where escalations go and how they end."
      />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={ATTENTION_MAX_MONTHS}
          quickRanges={monthlyQuickRanges(now)}
          filters
          idPrefix="attention"
        >
          <SelectField
            id="attention-stale"
            label="No update for"
            value={String(staleDays)}
            onChange={(value) => setParams(withStaleDays(params, Number(value)))}
            options={STALE_CHOICES.map((days) => ({ value: String(days), label: `${days} days` }))}
          />
        </ScopeBar>
        <LinkNotices adjusted={adjusted} dropped={dropped} maxMonths={ATTENTION_MAX_MONTHS} />
        <QueryStates query={query} what="what needs attention" lines={6}>
          {(data) => (
            <AttentionContent
              attention={data.attention}
              canAssign={user ? MANAGER_ROLES.includes(user.role) : false}
              onChanged={refetch}
            />
          )}
        </QueryStates>
      </div>
    </>
  );
}

function AttentionContent({
  attention,
  canAssign,
  onChanged,
}: {
  attention: AttentionQuery['attention'];
  canAssign: boolean;
  onChanged: () => void;
}) {
  const days = attention.staleDays;
  const since = attention.sinceLastUpdate;
  const tiles: [string, ItemCountFields][] = [
    ['Open now', attention.open],
    ['Need attention', attention.needsAttention],
    ['No first response, past target', attention.firstResponseOverdue],
    ['Past resolution target', attention.resolutionOverdue],
    [`No update for ${days} days`, attention.noUpdate],
  ];
  return (
    <>
      {attention.needsAttention.count > 0 ? (
        <Alert tone="warning" role="status">
          {formatNumber(attention.needsAttention.count)} of {formatNumber(attention.open.count)}{' '}
          open items need attention: past a service level, or no update for {days} days or more.
        </Alert>
      ) : null}
      <section aria-labelledby="attention-figures-title">
        <h2 id="attention-figures-title" className="visually-hidden">
          Open items now
        </h2>
        <dl className="kpi-tiles">
          {tiles.map(([label, figure]) => (
            <div className="kpi-tile" key={label} data-testid="kpi-tile">
              <dt className="kpi-tile__label">{label}</dt>
              <dd className="kpi-tile__value">
                <DrillLink
                  drilldown={figure.drilldown}
                  about={label}
                  label={`${label}: ${figure.count}. Show the items`}
                >
                  {formatNumber(figure.count)}
                </DrillLink>
              </dd>
            </div>
          ))}
          <div className="kpi-tile" data-testid="kpi-tile">
            <dt className="kpi-tile__label">Days since the last update (open items)</dt>
            <dd className="kpi-tile__value">
              <DrillLink
                drilldown={since.drilldown}
                about="Open items"
                label={`Median days since the last update: ${since.p50Days ?? 'none'}. Show the open items`}
              >
                {since.p50Days ?? '—'}
              </DrillLink>
            </dd>
            <dd className="kpi-tile__previous">
              median; 90th percentile {since.p90Days ?? '—'} days, of {formatNumber(since.items)}{' '}
              items
            </dd>
          </div>
        </dl>
      </section>
      <Card
        title="Needs attention"
        titleId="needs-attention-title"
        actions={
          <Button
            variant="secondary"
            disabled={attention.items.length === 0}
            onClick={() =>
              downloadText(
                attentionCsv(attention),
                `needs-attention-${String(attention.asOf).slice(0, 10)}.csv`,
              )
            }
          >
            Export CSV
          </Button>
        }
      >
        {attention.items.length === 0 ? (
          <EmptyState title="Nothing needs attention">
            No open item is past a service level or without an update for {days} days.
          </EmptyState>
        ) : (
          <NeedsAttentionTable attention={attention} canAssign={canAssign} onAssigned={onChanged} />
        )}
      </Card>
      {attention.byTeam.length > 0 ? <TeamsCard attention={attention} /> : null}
      <EscalationsCard attention={attention} onRecorded={onChanged} />
    </>
  );
}

function TeamsCard({ attention }: { attention: AttentionQuery['attention'] }) {
  const columns: [
    string,
    (row: AttentionQuery['attention']['byTeam'][number]) => ItemCountFields,
  ][] = [
    ['Open', (row) => row.open],
    ['Need attention', (row) => row.needsAttention],
    ['No first response', (row) => row.firstResponseOverdue],
    ['Past resolution', (row) => row.resolutionOverdue],
    [`No update ${attention.staleDays}+ days`, (row) => row.noUpdate],
  ];
  return (
    <Card title="By team" titleId="attention-teams-title">
      <div className="table-frame">
        <table className="data-table">
          <caption className="visually-hidden">Open items that need attention, by team</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              {columns.map(([label]) => (
                <th scope="col" className="data-table__number" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {attention.byTeam.map((row) => (
              <tr key={row.team.id}>
                <th scope="row">{row.team.name}</th>
                {columns.map(([label, figure]) => (
                  <td className="data-table__number" key={label}>
                    <DrillLink
                      drilldown={figure(row).drilldown}
                      about={`${label}, ${row.team.name}`}
                    >
                      {formatNumber(figure(row).count)}
                    </DrillLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
