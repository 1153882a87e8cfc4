import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import type { ForecastRisk } from '../../graphql/generated/graphql';
import { downloadText } from '../../lib/csv';
import { formatNumber } from '../../lib/format';
import { Alert, type AlertTone } from '../../ui/Alert';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/fields/SelectField';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import '../../ui/DataTable.css';
import { ChartCard } from '../insights/ChartCard';
import { QueryStates } from '../insights/QueryStates';
import { ForecastChart } from './ForecastChart';
import { ArrivalsForecastDocument } from './graphql/forecast';
import { ForecastTable } from './ForecastTable';
import {
  forecastCsv,
  formatExcess,
  HORIZONS,
  modelText,
  readHorizon,
  RISK_LABELS,
  selectedTeam,
  TEAM_PARAM,
  weekLabel,
  WEEKS_PARAM,
  withParam,
  type TeamForecast,
} from './forecast-shape';
import './Forecast.css';

/** Two years: enough for week-of-year seasons, which need more than one. */
const HISTORY_WEEKS = 104;

const riskLook: Record<ForecastRisk, { tone: BadgeTone & AlertTone; icon: string }> = {
  EXCEEDS: { tone: 'danger', icon: '!!' },
  MAY_EXCEED: { tone: 'warning', icon: '!' },
  OK: { tone: 'success', icon: '✓' },
  UNKNOWN: { tone: 'info', icon: '–' },
};

function RiskBadge({ risk }: { risk: ForecastRisk }) {
  return (
    <Badge tone={riskLook[risk].tone} icon={riskLook[risk].icon}>
      {RISK_LABELS[risk]}
    </Badge>
  );
}

/**
 * Capacity forecast: each team's arrivals for the coming weeks with prediction intervals,
 * against what the team can handle, so overload shows before it happens. The team and the
 * horizon live in the URL (?team=<id>&weeks=6).
 */
export default function ForecastPage() {
  const [params, setParams] = useSearchParams();
  const horizon = readHorizon(params);
  const query = useQuery(ArrivalsForecastDocument, {
    variables: { input: { horizonWeeks: horizon, historyWeeks: HISTORY_WEEKS } },
    notifyOnNetworkStatusChange: true,
  });

  return (
    <div className="forecast-page">
      <PageHeader
        eyebrow="Staff"
        title="Forecast"
        description="Arrivals of the coming weeks per team, from the model that forecast each team’s recent weeks best, against what the team can handle: a warning before the overload happens."
      />
      <QueryStates query={query} what="the forecast">
        {(data) => {
          const { teams, notes } = data.arrivalsForecast;
          const team = selectedTeam(teams, params);
          if (!team)
            return (
              <EmptyState title="Nothing to forecast yet">
                {notes.join(' ') || 'No team has items yet.'}
              </EmptyState>
            );
          return (
            <>
              <div className="forecast__controls" role="group" aria-label="Team and horizon">
                <SelectField
                  id="forecast-team"
                  label="Team"
                  value={team.team.id}
                  onChange={(id) => setParams(withParam(params, TEAM_PARAM, id))}
                  options={teams.map((t) => ({ value: t.team.id, label: t.team.name }))}
                />
                <SelectField
                  id="forecast-weeks"
                  label="Weeks ahead"
                  value={String(horizon)}
                  onChange={(weeks) => setParams(withParam(params, WEEKS_PARAM, weeks))}
                  options={HORIZONS.map((weeks) => ({
                    value: String(weeks),
                    label: `${weeks} weeks`,
                  }))}
                />
                <Button
                  variant="secondary"
                  onClick={() =>
                    downloadText(
                      forecastCsv(teams),
                      `forecast-${data.arrivalsForecast.firstWeek}-${horizon}-weeks.csv`,
                    )
                  }
                >
                  Export CSV
                </Button>
              </div>
              <TeamSection team={team} />
              <TeamsOverview
                teams={teams}
                selected={team.team.id}
                onSelect={(id) => setParams(withParam(params, TEAM_PARAM, id))}
              />
            </>
          );
        }}
      </QueryStates>
    </div>
  );
}

function TeamSection({ team }: { team: TeamForecast }) {
  const look = riskLook[team.risk];
  return (
    <>
      <Alert tone={look.tone} title={`${team.team.name}: ${RISK_LABELS[team.risk].toLowerCase()}`}>
        {team.summary}
      </Alert>
      <ChartCard
        title={`${team.team.name}: arrivals a week`}
        titleId="forecast-chart-title"
        description={
          <>
            The last {Math.min(26, team.history.length)} weeks (a point opens that week’s items),
            the forecast with its 80% and 95% intervals, and capacity (dashed): {team.capacityBasis}{' '}
            Model: {modelText(team.model)}
          </>
        }
        chart={<ForecastChart team={team} />}
        table={<ForecastTable team={team} />}
      />
    </>
  );
}

function TeamsOverview({
  teams,
  selected,
  onSelect,
}: {
  teams: readonly TeamForecast[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const peak = (t: TeamForecast) =>
    t.weeks.reduce((a, b) => ((b.excess ?? -Infinity) > (a.excess ?? -Infinity) ? b : a));
  return (
    <Card title="Every team, most at risk first" titleId="forecast-teams-title">
      <table className="data-table">
        <caption className="visually-hidden">Forecast risk per team</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Risk</th>
            <th scope="col" className="data-table__number">
              Capacity a week
            </th>
            <th scope="col">Peak week</th>
            <th scope="col" className="data-table__number">
              Expected against capacity
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => {
            const worst = peak(t);
            return (
              <tr key={t.team.id} aria-current={t.team.id === selected ? 'true' : undefined}>
                <th scope="row">
                  <Button variant="ghost" size="sm" onClick={() => onSelect(t.team.id)}>
                    {t.team.name}
                  </Button>
                </th>
                <td>
                  <RiskBadge risk={t.risk} />
                </td>
                <td className="data-table__number">
                  {t.capacityPerWeek == null ? '–' : formatNumber(Math.round(t.capacityPerWeek))}
                </td>
                <td>{t.capacityPerWeek == null ? '–' : weekLabel(worst.weekStart)}</td>
                <td className="data-table__number">{formatExcess(worst.excess)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
