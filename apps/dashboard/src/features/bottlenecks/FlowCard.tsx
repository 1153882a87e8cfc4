import { useNavigate } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatNumber, formatShortDate } from '../../lib/format';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { flowRows } from './flow-shape';
import '../../ui/DataTable.css';
import type { Flow } from './flow';

const flowConfig: ChartConfig = {
  arrivals: { label: 'Arrivals', color: 'var(--chart-orange)' },
  completions: { label: 'Completions', color: 'var(--chart-blue)' },
  backlog: { label: 'Open at the end of the week', color: 'var(--chart-black)' },
};

/** Arrivals against completions per week, with the backlog they leave; a bar opens its items. */
export function FlowCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const rows = flowRows(flow.weekly);
  const open = (index: number, key: 'arrivals' | 'completions') => {
    const week = flow.weekly[index];
    if (!week) return;
    const drilldown = key === 'arrivals' ? week.arrivalsDrilldown : week.completionsDrilldown;
    void navigate(
      drilldownUrl(
        drilldown,
        `${key === 'arrivals' ? 'Arrivals' : 'Completions'}, week of ${formatShortDate(week.weekStart)}`,
      ),
    );
  };
  return (
    <ChartCard
      title="Arrivals and completions"
      titleId="flow-title"
      description="Items received and resolved each week; when arrivals outrun completions the backlog grows. Click a bar to open its items."
      chart={
        <ChartContainer
          config={flowConfig}
          height={300}
          formatValue={formatNumber}
          legend={{ label: 'Series' }}
        >
          <ComposedChart
            data={rows}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            title={`Arrivals and completions per week, ${flow.period.label}`}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={12} />
            <YAxis
              tickFormatter={formatNumber}
              tickLine={false}
              axisLine={false}
              width={48}
              allowDecimals={false}
            />
            <Tooltip content={<ChartTooltipContent />} />
            <Bar
              dataKey="arrivals"
              fill={seriesColor('arrivals')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => open(index, 'arrivals')}
            />
            <Bar
              dataKey="completions"
              fill={seriesColor('completions')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => open(index, 'completions')}
            />
            <Line
              dataKey="backlog"
              stroke={seriesColor('backlog')}
              strokeWidth={2}
              strokeDasharray="5 3"
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`Arrivals and completions per week, ${flow.period.label}`}</caption>
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
                Net
              </th>
              <th scope="col" className="data-table__number">
                Open at the end
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.weekly.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatShortDate(week.weekStart)}</th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={week.arrivalsDrilldown}
                    about={`Arrivals, week of ${formatShortDate(week.weekStart)}`}
                  >
                    {formatNumber(week.arrivals)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={week.completionsDrilldown}
                    about={`Completions, week of ${formatShortDate(week.weekStart)}`}
                  >
                    {formatNumber(week.completions)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  {week.net > 0 ? `+${formatNumber(week.net)}` : formatNumber(week.net)}
                </td>
                <td className="data-table__number">{formatNumber(week.backlogAtEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
