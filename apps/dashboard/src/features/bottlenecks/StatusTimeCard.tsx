import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatHours, formatNumber, formatPercent } from '../../lib/format';
import { itemStatusLabel } from '../../lib/labels';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import '../../ui/DataTable.css';
import type { Flow } from './flow';

const statusConfig: ChartConfig = {
  waiting: { label: 'Waiting', color: 'var(--chart-orange)' },
  working: { label: 'Being worked on', color: 'var(--chart-blue)' },
};

/** Where resolved items spent their open time: waiting statuses against working ones. */
export function StatusTimeCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const rows = flow.timeInStatus.map((status) => ({
    label: itemStatusLabel[status.status],
    waiting: status.waiting ? status.shareOfLead : 0,
    working: status.waiting ? 0 : status.shareOfLead,
  }));
  const about = (label: string) =>
    `Items resolved in ${flow.period.label} that spent time “${label.toLowerCase()}”`;
  return (
    <ChartCard
      title="Time in each status"
      titleId="status-title"
      description={
        <>
          Of the open time of items resolved in the period. Flow efficiency (working time ÷ lead
          time):{' '}
          <strong>{flow.flowEfficiency === null ? '—' : formatPercent(flow.flowEfficiency)}</strong>
          . Reopened:{' '}
          <strong>
            {flow.reopenRate.share === null ? '—' : formatPercent(flow.reopenRate.share)}
          </strong>{' '}
          ({formatNumber(flow.reopenRate.successes)} of {formatNumber(flow.reopenRate.trials)}).
          Waiting on the customer is its own status and counts as waiting, not work; time of items
          still open, including those waiting on the customer now, is not counted here.
        </>
      }
      chart={
        <ChartContainer
          config={statusConfig}
          height={48 + rows.length * 40}
          formatValue={formatPercent}
          legend={{ label: 'Kinds of time' }}
        >
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
            title={`Share of open time per status, ${flow.period.label}`}
          >
            <CartesianGrid horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 1]}
              tickFormatter={formatPercent}
              tickLine={false}
              axisLine={false}
            />
            <YAxis type="category" dataKey="label" width={170} tickLine={false} axisLine={false} />
            <Tooltip content={<ChartTooltipContent />} />
            {(['waiting', 'working'] as const).map((key) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="time"
                fill={seriesColor(key)}
                isAnimationActive={false}
                style={{ cursor: 'pointer' }}
                onClick={(_, index) => {
                  const status = flow.timeInStatus[index];
                  if (status)
                    void navigate(
                      drilldownUrl(status.drilldown, about(itemStatusLabel[status.status])),
                    );
                }}
              />
            ))}
          </BarChart>
        </ChartContainer>
      }
      table={
        <table className="data-table">
          <caption>{`Time in each status, items resolved in ${flow.period.label}`}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col" className="data-table__number">
                Items
              </th>
              <th scope="col" className="data-table__number">
                Mean per item
              </th>
              <th scope="col" className="data-table__number">
                Share of open time
              </th>
            </tr>
          </thead>
          <tbody>
            {flow.timeInStatus.map((status) => (
              <tr key={status.status}>
                <th scope="row">
                  {itemStatusLabel[status.status]} ({status.waiting ? 'waiting' : 'working'})
                </th>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={status.drilldown}
                    about={about(itemStatusLabel[status.status])}
                  >
                    {formatNumber(status.items)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  {status.meanHours === null ? '—' : formatHours(status.meanHours)}
                </td>
                <td className="data-table__number">{formatPercent(status.shareOfLead)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
