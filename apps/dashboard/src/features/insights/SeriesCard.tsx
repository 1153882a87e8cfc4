import { useNavigate } from 'react-router';
import type {
  ChangeMarkerFieldsFragment,
  Interval,
  TrendMetric,
  TrendSeriesFieldsFragment,
} from '../../graphql/generated/graphql';
import type { ChartConfig } from '../../charts/ChartContainer';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatNumber, formatValue } from '../../lib/format';
import '../../ui/DataTable.css';
import { ChangeText } from './ChangeText';
import { ChartCard } from './ChartCard';
import { DrillLink } from './DrillLink';
import { MarkerList } from './MarkerList';
import { PartialNote, TrendChart } from './TrendChart';
import { chartMarkers, comparisonRows, partialNote } from './trend-rows';

/** Whether a rise of the metric is good news (null: neither). */
export const HIGHER_IS_BETTER: Record<TrendMetric, boolean | null> = {
  VOLUME: null,
  COMPLAINTS: false,
  NEGATIVE_SHARE: false,
  SENTIMENT: true,
  SATISFACTION: true,
};

/**
 * One metric over the period against the comparison period, improvement actions marked; a
 * click on a bucket (or a number in its table) opens the items behind it.
 */
export function SeriesCard({
  series,
  interval,
  markers,
  period,
  comparisonLabel,
  titleId,
  height = 220,
}: {
  series: TrendSeriesFieldsFragment;
  interval: Interval;
  markers: readonly ChangeMarkerFieldsFragment[];
  period: { from: string; to: string; label: string };
  comparisonLabel: string | null;
  titleId: string;
  height?: number;
}) {
  const navigate = useNavigate();
  const { rows, drills } = comparisonRows(series.points, interval);
  const marks = chartMarkers(markers, rows);
  const config: ChartConfig = {
    current: { label: period.label, color: 'var(--chart-blue)' },
    comparison: {
      label: comparisonLabel ? `${comparisonLabel} (comparison)` : 'Comparison',
      color: 'var(--chart-axis)',
    },
  };
  const about = (label: string) => `${series.label}, ${label}`;
  const total = series.total.current;

  return (
    <ChartCard
      title={series.label}
      titleId={titleId}
      className="series-card"
      description={
        <>
          <DrillLink
            drilldown={series.drilldown}
            about={about(period.label)}
            className="series-card__total"
          >
            {formatValue(total, series.format)}
          </DrillLink>{' '}
          in {period.label}{' '}
          <ChangeText
            change={series.total}
            higherIsBetter={HIGHER_IS_BETTER[series.metric]}
            comparedWith={comparisonLabel}
          />
        </>
      }
      chart={
        <TrendChart
          rows={rows}
          config={config}
          lines={
            comparisonLabel
              ? [{ key: 'current' }, { key: 'comparison', dashed: true }]
              : [{ key: 'current' }]
          }
          format={series.format}
          markers={marks}
          title={`${series.label} per ${interval.toLowerCase()}, ${period.label}`}
          height={height}
          legendLabel={`${series.label}: lines`}
          onSelect={(index) => {
            const drilldown = drills.current[index];
            if (drilldown) void navigate(drilldownUrl(drilldown, about(rows[index].label)));
          }}
        />
      }
      footer={
        <>
          <PartialNote rows={rows} />
          <MarkerList markers={marks} />
        </>
      }
      table={
        <table className="data-table">
          <caption>{`${series.label}, ${period.label}, per ${interval.toLowerCase()}`}</caption>
          <thead>
            <tr>
              <th scope="col">
                {interval === 'MONTH' ? 'Month' : interval === 'WEEK' ? 'Week' : 'Day'}
              </th>
              <th scope="col" className="data-table__number">
                {period.label}
              </th>
              {comparisonLabel ? (
                <th scope="col" className="data-table__number">
                  {comparisonLabel}
                </th>
              ) : null}
              <th scope="col" className="data-table__number">
                Items counted
              </th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((point) => (
              <tr key={point.periodStart}>
                <th scope="row">
                  {point.label}
                  {point.partial ? ` (${partialNote(point)})` : ''}
                </th>
                <td className="data-table__number">
                  <DrillLink drilldown={point.drilldown} about={about(point.label)}>
                    {formatValue(point.value, series.format)}
                  </DrillLink>
                </td>
                {comparisonLabel ? (
                  <td className="data-table__number">
                    {formatValue(point.comparisonValue, series.format)}
                  </td>
                ) : null}
                <td className="data-table__number">{formatNumber(point.basis)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
