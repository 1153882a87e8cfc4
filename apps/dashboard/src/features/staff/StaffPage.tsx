import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { StaffLoadQuery } from '../../graphql/generated/graphql';
import { ORGANISER_ROLES } from '../../session/roles';
import { useCurrentUser } from '../../session/useCurrentUser';
import { formatNumber, formatPercent } from '../../lib/format';
import { lastWholeMonth } from '../../lib/insight-scope';
import { listInWords } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import '../../ui/DataTable.css';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { monthlyQuickRanges, ScopeBar } from '../insights/ScopeBar';
import { useInsightScope } from '../insights/useInsightScope';
import { StaffLoadDocument } from './graphql/staff';
import { CapacityCard, TeamHistoryCard } from './StaffCharts';
import { ANONYMITY_THRESHOLD, monthsText, monthText, staffTotals, teamWeeks } from './staff-shape';
import { TeamLoadTable } from './TeamLoadTable';
import '../insights/insights.css';
import './Staff.css';

export const STAFF_MAX_MONTHS = 12;
export const TEAM_PARAM = 'team-view';

/**
 * Staff load: each team's load against its capacity, the staff pulse, sick leave and departures
 * over time, and whether load leads complaints or waits. Anonymous entries count only by whole,
 * ended months and in fixed groups of at least five, which the page explains.
 */
export default function StaffPage() {
  const user = useCurrentUser();
  const { scope, input, adjusted, dropped, now, params, setParams, setScope } = useInsightScope({
    defaultRange: lastWholeMonth,
    maxMonths: STAFF_MAX_MONTHS,
  });
  const query = useQuery(StaffLoadDocument, {
    variables: { input: { ...input, historyWeeks: 26, maxLagWeeks: 6 } },
    notifyOnNetworkStatusChange: true,
  });
  const chooseTeam = (teamId: string) => {
    const next = new URLSearchParams(params);
    next.set(TEAM_PARAM, teamId);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        eyebrow="Staff"
        title="Load, pulse and absence"
        description="Whether teams have the people for the work that arrives, how staff say their workload is, and sick leave and departures over time."
      />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={STAFF_MAX_MONTHS}
          quickRanges={monthlyQuickRanges(now)}
          filters
          idPrefix="staff"
        />
        <Alert tone="info" title="How anonymity is kept">
          Anonymous pulse entries store no author and only the day. They are counted only by whole
          calendar months that have ended, whatever period you choose, and only in groups of at
          least {ANONYMITY_THRESHOLD}: a team’s own when it has enough, else together as “Other
          teams” (with another team added when needed), else not at all. The groups are the same for
          every filter, which only picks whole groups. No page shows who wrote an entry, or how many
          entries a hidden team has.
        </Alert>
        <LinkNotices adjusted={adjusted} dropped={dropped} maxMonths={STAFF_MAX_MONTHS} />
        <QueryStates query={query} what="the staff load" lines={6}>
          {(data) => (
            <StaffContent
              load={data.staffLoad}
              teamId={params.get(TEAM_PARAM)}
              onTeam={chooseTeam}
              canEditTeams={user ? ORGANISER_ROLES.includes(user.role) : false}
            />
          )}
        </QueryStates>
      </div>
    </>
  );
}

function StaffContent({
  load,
  teamId,
  onTeam,
  canEditTeams,
}: {
  load: StaffLoadQuery['staffLoad'];
  teamId: string | null;
  onTeam: (teamId: string) => void;
  canEditTeams: boolean;
}) {
  const selectId = useId();
  const period = load.period.label;
  if (load.teams.length === 0)
    return (
      <Card>
        <EmptyState
          title="No team has staff recorded"
          action={canEditTeams ? <Link to="/settings/teams">Set team sizes</Link> : null}
        >
          Load against capacity needs each team’s number of staff.
        </EmptyState>
      </Card>
    );
  const totals = staffTotals(load.teams);
  const team = load.teams.find((entry) => entry.team.id === teamId) ?? load.teams[0];
  const pulseEntries = load.anonymousPulse.reduce((sum, group) => sum + group.responses, 0);
  const months = monthsText(load.pulseMonths);
  const byEvidence = [...load.relations].sort(
    (a, b) => Number(b.significant) - Number(a.significant) || (a.pValue ?? 1) - (b.pValue ?? 1),
  );
  const significant = byEvidence.filter((relation) => relation.significant);
  const unclear = byEvidence.filter((relation) => !relation.significant);
  return (
    <>
      <section aria-labelledby="staff-totals-title">
        <h2 id="staff-totals-title" className="visually-hidden">
          Staff figures, {period}
        </h2>
        <dl className="kpi-tiles">
          <Tile
            label="Teams overloaded"
            value={formatNumber(totals.overloaded)}
            detail={`${formatNumber(totals.stretched)} stretched, of ${formatNumber(load.teams.length)}`}
          />
          <Tile
            label="Staff available"
            value={formatNumber(Math.round(totals.available))}
            detail={`of ${formatNumber(totals.staff)} on the books, ${formatNumber(totals.vacancies)} vacancies`}
          />
          <Tile
            label="Sick days"
            value={formatNumber(totals.sickDays)}
            detail={`working days in ${period}`}
          />
          <Tile
            label="Departures"
            value={formatNumber(totals.departures)}
            detail={`in ${period}`}
          />
        </dl>
      </section>
      <CapacityCard teams={load.teams} periodLabel={period} />
      <Card title="Teams" titleId="teams-title">
        <TeamLoadTable
          teams={load.teams}
          periodLabel={period}
          caption={`Load, pulse and absence per team, ${period}`}
        />
        {canEditTeams ? (
          <p className="chart-note">
            Team sizes (the capacity) are set in <Link to="/settings/teams">Settings → Teams</Link>;
            departures and sick leave come from the staffing records.
          </p>
        ) : null}
      </Card>
      <div className="team-history">
        <label className="period__field team-history__pick" htmlFor={selectId}>
          <span className="period__label">Team history</span>
          <select
            id={selectId}
            className="period__select"
            value={team.team.id}
            onChange={(event) => onTeam(event.target.value)}
          >
            {load.teams.map((entry) => (
              <option key={entry.team.id} value={entry.team.id}>
                {entry.team.name}
              </option>
            ))}
          </select>
        </label>
        <TeamHistoryCard team={team.team} weeks={teamWeeks(load.weekly, team.team.id)} />
      </div>
      <div className="insight-grid">
        <Card title="Anonymous pulse" titleId="pulse-title">
          <p className="chart-card__description">
            {months
              ? `Whole months covered: ${months}. ${formatNumber(pulseEntries)} anonymous entries shown, in groups of at least ${ANONYMITY_THRESHOLD}; team pulses in the table cover the same months.`
              : `No whole month of ${period} has ended yet: anonymous entries are shown once their month is over.`}
          </p>
          {months && load.anonymousPulse.length === 0 ? (
            <p className="insight-list__text">
              No group reached {ANONYMITY_THRESHOLD} entries, so nothing is shown.
            </p>
          ) : load.anonymousPulse.length === 0 ? null : (
            <div className="table-frame">
              {/* Wrapping cells: the card is half the page wide beside the team history. */}
              <table className="data-table data-table--records">
                <caption className="visually-hidden">{`Anonymous pulse entries per month and group, ${months ?? period}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Group</th>
                    <th scope="col" className="data-table__number">
                      Entries
                    </th>
                    <th scope="col" className="data-table__number">
                      Mean workload (1–5)
                    </th>
                    <th scope="col" className="data-table__number">
                      At 4 or 5
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {load.anonymousPulse.map((group) => (
                    <tr key={`${group.month}-${group.label}`}>
                      <td className="anonymous-pulse__month">{monthText(group.month)}</td>
                      <th scope="row">
                        {group.label}
                        {group.teams.length > 1 ? (
                          <p className="data-table__muted">
                            Merged: {listInWords(group.teams.map((entry) => entry.name))}
                          </p>
                        ) : null}
                      </th>
                      <td className="data-table__number">{formatNumber(group.responses)}</td>
                      <td className="data-table__number">{group.meanWorkload.toFixed(1)}</td>
                      <td className="data-table__number">
                        {formatPercent(group.overwhelmedShare)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {load.anonymityNotes.length > 0 ? (
            <ul className="review-notes-list">
              {load.anonymityNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title="Does load lead complaints or waits?" titleId="relations-title">
          <p className="chart-card__description">
            Each team’s pulse workload (named entries: weeks are finer than the anonymity allows)
            and arrivals per person against its complaints and first-response times over the last 26
            weeks, up to six weeks apart, allowing for the lags tried.
          </p>
          {significant.length === 0 ? (
            <p className="insight-list__text">
              No team’s load clearly leads its complaints or waits in these weeks.
            </p>
          ) : (
            <ul className="insight-list">
              {significant.map((relation) => (
                <Relation key={relationKey(relation)} relation={relation} />
              ))}
            </ul>
          )}
          {unclear.length > 0 ? (
            <details className="insight-more">
              <summary>{formatNumber(unclear.length)} with no clear relation</summary>
              <ul className="insight-list">
                {unclear.map((relation) => (
                  <Relation key={relationKey(relation)} relation={relation} />
                ))}
              </ul>
            </details>
          ) : null}
        </Card>
      </div>
    </>
  );
}

type Relation = StaffLoadQuery['staffLoad']['relations'][number];

const relationKey = (relation: Relation) =>
  `${relation.team.id}-${relation.driver}-${relation.outcome}`;

function Relation({ relation }: { relation: Relation }) {
  return (
    <li className="insight-list__item">
      <div className="insight-list__head">
        <span className="insight-list__title">{relation.team.name}</span>
        {relation.significant ? (
          <Badge tone="warning" icon="!">
            {relation.lagWeeks !== null && relation.lagWeeks > 0
              ? `Leads by ${relation.lagWeeks} ${relation.lagWeeks === 1 ? 'week' : 'weeks'}`
              : 'Related'}
          </Badge>
        ) : (
          <Badge tone="neutral" icon="≈">
            No clear relation
          </Badge>
        )}
      </div>
      <p className="insight-list__text">{relation.explanation}</p>
    </li>
  );
}

function Tile({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="kpi-tile">
      <dt className="kpi-tile__label">{label}</dt>
      <dd className="kpi-tile__value">{value}</dd>
      <dd className="kpi-tile__previous">{detail}</dd>
    </div>
  );
}
