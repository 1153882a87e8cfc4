import { useNavigate } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import type { TeamLoadFieldsFragment } from '../../graphql/generated/graphql';
import { drilldownUrl, type Drilldown } from '../../lib/drilldown-url';
import { dayStart, addDays } from '../../lib/day';
import { formatNumber, formatPercent, formatShortDate } from '../../lib/format';
import '../../ui/DataTable.css';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { LOAD_COLORS } from './load-colors';
import { pulseText, utilisationText, type TeamWeekRow } from './staff-shape';

const loadConfig: ChartConfig = {
  utilisation: { label: 'Arrivals against capacity', color: 'var(--chart-blue)' },
};

/** Each team's arrivals against what its available staff complete, with full capacity marked. */
export function CapacityCard({
  teams,
  periodLabel,
}: {
  teams: readonly TeamLoadFieldsFragment[];
  periodLabel: string;
}) {
  const navigate = useNavigate();
  const rows = teams.map((team) => ({
    label: team.team.name,
    utilisation: team.utilisation ?? 0,
  }));
  const max = Math.max(1.25, ...rows.map((row) => row.utilisation));
  const about = (team: TeamLoadFieldsFragment) =>
    `Open items of ${team.team.name} at the end of ${periodLabel}`;
  return (
    <ChartCard
      title="Load against capacity"
      titleId="capacity-title"
      description="Arrivals per available person against what each completed in a busy week of the half-year before: vermillion is overloaded, orange stretched. The line is full capacity; a bar opens the team’s open items."
      chart={
        <ChartContainer
          config={loadConfig}
          height={48 + rows.length * 34}
          formatValue={formatPercent}
        >
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 0, left: 0 }}
            title={`Load against capacity per team, ${periodLabel}`}
          >
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              domain={[0, Math.ceil(max * 4) / 4]}
              tickFormatter={formatPercent}
              tickLine={false}
              axisLine={false}
            />
            <YAxis type="category" dataKey="label" width={180} tickLine={false} axisLine={false} />
            <Tooltip content={<ChartTooltipContent />} />
            <ReferenceLine
              x={1}
              stroke="var(--color-text)"
              strokeDasharray="4 3"
              label={{
                value: 'Capacity',
                position: 'top',
                fontSize: 11,
                fill: 'var(--color-text)',
              }}
            />
            <Bar
              dataKey="utilisation"
              fill={seriesColor('utilisation')}
              isAnimationActive={false}
              radius={[0, 3, 3, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => {
                const team = teams[index];
                if (team) void navigate(drilldownUrl(team.drilldown, about(team)));
              }}
            >
              {teams.map((team) => (
                <Cell key={team.team.id} fill={LOAD_COLORS[team.state]} />
              ))}
            </Bar>
          </BarChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`Load against capacity per team, ${periodLabel}`}</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col" className="data-table__number">
                Against capacity
              </th>
              <th scope="col" className="data-table__number">
                Arrivals a week per person
              </th>
              <th scope="col" className="data-table__number">
                Open items
              </th>
              <th scope="col">Pulse</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.team.id}>
                <th scope="row">{team.team.name}</th>
                <td className="data-table__number">{utilisationText(team.utilisation)}</td>
                <td className="data-table__number">{team.arrivalsPerStaffPerWeek.toFixed(1)}</td>
                <td className="data-table__number">
                  <DrillLink drilldown={team.drilldown} about={about(team)}>
                    {formatNumber(team.openItems)}
                  </DrillLink>
                </td>
                <td>{pulseText(team.pulse)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const historyConfig: ChartConfig = {
  arrivals: { label: 'Arrivals', color: 'var(--chart-orange)' },
  completions: { label: 'Completions', color: 'var(--chart-blue)' },
  pulseWorkload: { label: 'Pulse workload (1–5, right axis)', color: 'var(--chart-vermillion)' },
  sickDays: { label: 'Sick days', color: 'var(--chart-purple)' },
};

/** A week's arrivals of one team, as a drill-down. */
export function weekArrivals(teamId: string, weekStart: string): Drilldown {
  return {
    teamIds: [teamId],
    receivedFrom: dayStart(weekStart),
    receivedTo: dayStart(addDays(weekStart, 7)),
  };
}

/**
 * One team's weeks: arrivals and completions, the workload of its named pulse entries (anonymous
 * ones are published only by whole month) and sick days, with hires and departures in the table.
 */
export function TeamHistoryCard({
  team,
  weeks,
}: {
  team: { id: string; name: string };
  weeks: readonly TeamWeekRow[];
}) {
  const navigate = useNavigate();
  const rows = weeks.map((week) => ({
    ...week,
    tick: formatShortDate(week.weekStart).replace(/ \d{4}$/, ''),
  }));
  const about = (weekStart: string) =>
    `Arrivals at ${team.name}, week of ${formatShortDate(weekStart)}`;
  return (
    <ChartCard
      title={`${team.name}: the last ${weeks.length} weeks`}
      titleId="team-history-title"
      description="A bar opens the week’s arrivals. The weekly workload is that of named pulse entries: anonymous ones count only by whole month."
      chart={
        <ChartContainer
          config={historyConfig}
          height={300}
          formatValue={(value) =>
            Number.isInteger(value) ? formatNumber(value) : value.toFixed(1)
          }
          legend={{ label: 'Series' }}
        >
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            title={`${team.name} per week`}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={16} />
            <YAxis
              yAxisId="count"
              tickFormatter={formatNumber}
              tickLine={false}
              axisLine={false}
              width={40}
              allowDecimals={false}
            />
            <YAxis
              yAxisId="pulse"
              orientation="right"
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              tickLine={false}
              axisLine={false}
              width={28}
            />
            <Tooltip content={<ChartTooltipContent />} />
            <Bar
              yAxisId="count"
              dataKey="arrivals"
              fill={seriesColor('arrivals')}
              isAnimationActive={false}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => {
                const week = weeks[index];
                if (week)
                  void navigate(
                    drilldownUrl(weekArrivals(team.id, week.weekStart), about(week.weekStart)),
                  );
              }}
            />
            <Bar
              yAxisId="count"
              dataKey="completions"
              fill={seriesColor('completions')}
              isAnimationActive={false}
            />
            <Bar
              yAxisId="count"
              dataKey="sickDays"
              fill={seriesColor('sickDays')}
              isAnimationActive={false}
            />
            <Line
              yAxisId="pulse"
              dataKey="pulseWorkload"
              stroke={seriesColor('pulseWorkload')}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`${team.name} per week`}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="data-table__number">
                Arrivals
              </th>
              <th scope="col" className="data-table__number">
                Completions
              </th>
              <th scope="col" className="data-table__number">
                Complaints
              </th>
              <th scope="col" className="data-table__number">
                Pulse workload
              </th>
              <th scope="col" className="data-table__number">
                Sick days
              </th>
              <th scope="col" className="data-table__number">
                Departures
              </th>
              <th scope="col" className="data-table__number">
                Hires
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatShortDate(week.weekStart)}</th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={weekArrivals(team.id, week.weekStart)}
                    about={about(week.weekStart)}
                  >
                    {formatNumber(week.arrivals)}
                  </DrillLink>
                </td>
                <td className="data-table__number">{formatNumber(week.completions)}</td>
                <td className="data-table__number">{formatNumber(week.complaints)}</td>
                <td className="data-table__number">
                  {week.pulseWorkload === null ? '—' : week.pulseWorkload.toFixed(1)}
                </td>
                <td className="data-table__number">{formatNumber(week.sickDays)}</td>
                <td className="data-table__number">{formatNumber(week.departures)}</td>
                <td className="data-table__number">{formatNumber(week.hires)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
