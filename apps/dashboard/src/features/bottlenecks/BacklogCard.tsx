import { Link, useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatHours, formatNumber, formatShortDate } from '../../lib/format';
import { itemStatusLabel } from '../../lib/labels';
import { referenceOf } from '../../lib/reference';
import { ChangeText } from '../insights/ChangeText';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { bandDrilldown } from './flow-shape';
import '../../ui/DataTable.css';
import type { Flow } from './flow';

const bandConfig: ChartConfig = {
  count: { label: 'Open items', color: 'var(--chart-vermillion)' },
};

/** The backlog at the end of the period by age, and its oldest items. */
export function BacklogCard({ flow }: { flow: Flow }) {
  const navigate = useNavigate();
  const { backlog } = flow;
  const at = formatShortDate(backlog.at);
  const about = (label: string) => `Open items ${label} old, ${at}`;
  return (
    <ChartCard
      title="Backlog by age"
      titleId="backlog-title"
      description={
        <>
          <DrillLink drilldown={backlog.drilldown} about={`Open items, ${at}`}>
            {formatNumber(backlog.count)} open
          </DrillLink>{' '}
          on {at}{' '}
          <ChangeText
            change={backlog.change}
            higherIsBetter={false}
            comparedWith={flow.comparisonPeriod?.label ?? null}
          />
          . Half are older than{' '}
          {backlog.ageP50Hours === null ? '—' : formatHours(backlog.ageP50Hours)}, one in ten older
          than {backlog.ageP90Hours === null ? '—' : formatHours(backlog.ageP90Hours)}.
        </>
      }
      chart={
        <ChartContainer config={bandConfig} height={220} formatValue={formatNumber}>
          <BarChart
            data={backlog.bands.map((band) => ({ label: band.label, count: band.count }))}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            title={`Open items by age, ${at}`}
          >
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" tickLine={false} axisLine={false} />
            <YAxis
              tickFormatter={formatNumber}
              tickLine={false}
              axisLine={false}
              width={40}
              allowDecimals={false}
            />
            <Tooltip content={<ChartTooltipContent />} />
            <Bar
              dataKey="count"
              fill={seriesColor('count')}
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              style={{ cursor: 'pointer' }}
              onClick={(_, index) => {
                const band = backlog.bands[index];
                if (band)
                  void navigate(drilldownUrl(bandDrilldown(backlog, band), about(band.label)));
              }}
            />
          </BarChart>
        </ChartContainer>
      }
      footer={
        backlog.oldest.length > 0 ? (
          <details className="insight-more">
            <summary>The {formatNumber(backlog.oldest.length)} oldest open items</summary>
            <ul className="insight-more__list">
              {backlog.oldest.map((item) => (
                <li key={item.itemId}>
                  <Link to={`/explorer/items/${item.itemId}`}>{referenceOf(item.itemId)}</Link>{' '}
                  {formatHours(item.ageHours)} old, {itemStatusLabel[item.status].toLowerCase()}
                </li>
              ))}
            </ul>
          </details>
        ) : null
      }
      table={
        <table className="data-table">
          <caption>{`Open items by age, ${at}`}</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col" className="data-table__number">
                Open items
              </th>
            </tr>
          </thead>
          <tbody>
            {backlog.bands.map((band) => (
              <tr key={band.label}>
                <th scope="row">{band.label}</th>
                <td className="data-table__number">
                  <DrillLink drilldown={bandDrilldown(backlog, band)} about={about(band.label)}>
                    {formatNumber(band.count)}
                  </DrillLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
