import { useNavigate } from 'react-router';
import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import { niceCountTicks } from '../../charts/ticks';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatNumber, formatShortDate } from '../../lib/format';
import { chartRows, SHOWN_HISTORY, weekLabel, type TeamForecast } from './forecast-shape';

const config: ChartConfig = {
  arrivals: { label: 'Arrivals', color: 'var(--chart-blue)' },
  expected: { label: 'Forecast', color: 'var(--chart-vermillion)' },
  // One hue, two strengths: the inner (80%) band is the darker.
  band80: { label: '80% interval', color: 'color-mix(in srgb, var(--chart-sky) 70%, white)' },
  band95: { label: '95% interval', color: 'color-mix(in srgb, var(--chart-sky) 30%, white)' },
  capacity: { label: 'Capacity', color: 'var(--color-text)' },
};

/**
 * Past weekly arrivals (a point opens that week's items), the forecast line with its 80% and
 * 95% bands, and the team's capacity a week as a dashed line.
 */
export function ForecastChart({ team }: { team: TeamForecast }) {
  const navigate = useNavigate();
  const rows = chartRows(team);
  const history = team.history.slice(-SHOWN_HISTORY);
  const top = Math.max(
    team.capacityPerWeek ?? 0,
    ...rows.map((r) => Math.max(r.arrivals ?? 0, r.band95?.[1] ?? 0)),
  );
  const ticks = niceCountTicks(top);
  const openWeek = (index: number) => {
    const week = Number.isInteger(index) ? history[index] : undefined;
    if (week)
      void navigate(
        drilldownUrl(
          week.drilldown,
          `${team.team.name}: items received in the ${weekLabel(week.weekStart)}`,
        ),
      );
  };
  return (
    <ChartContainer
      config={config}
      height={340}
      formatValue={formatNumber}
      legend={{ keys: ['arrivals', 'expected', 'band80', 'band95', 'capacity'] }}
    >
      <ComposedChart
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        title={`Weekly arrivals and forecast, ${team.team.name}`}
        // A past week opens its items; the forecast weeks have none yet.
        onClick={(state) => openWeek(Number(state.activeTooltipIndex))}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="week"
          tickFormatter={formatShortDate}
          tickLine={false}
          axisLine={false}
          minTickGap={24}
        />
        <YAxis
          tickFormatter={formatNumber}
          tickLine={false}
          axisLine={false}
          width={56}
          ticks={ticks}
          domain={[0, ticks[ticks.length - 1]]}
          allowDecimals={false}
        />
        <Tooltip
          content={
            // The bands are ranges: their bounds are in the table under the chart.
            <ChartTooltipContent formatLabel={weekLabel} />
          }
        />
        <Area
          dataKey="band95"
          stroke="none"
          fill={seriesColor('band95')}
          fillOpacity={1}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Area
          dataKey="band80"
          stroke="none"
          fill={seriesColor('band80')}
          fillOpacity={1}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="capacity"
          stroke={seriesColor('capacity')}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="arrivals"
          stroke={seriesColor('arrivals')}
          strokeWidth={2}
          dot={{ r: 2.5 }}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
        <Line
          dataKey="expected"
          stroke={seriesColor('expected')}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 2.5 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartContainer>
  );
}
