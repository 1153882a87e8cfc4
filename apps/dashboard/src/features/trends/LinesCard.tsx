import { useNavigate } from 'react-router';
import type { ChartConfig } from '../../charts/ChartContainer';
import type {
  ChangeMarkerFieldsFragment,
  Interval,
  TrendMetric,
  TrendSeriesFieldsFragment,
} from '../../graphql/generated/graphql';
import { drilldownUrl } from '../../lib/drilldown-url';
import { formatValue } from '../../lib/format';
import '../../ui/DataTable.css';
import { ChangeText } from '../insights/ChangeText';
import { ChartCard } from '../insights/ChartCard';
import { DrillLink } from '../insights/DrillLink';
import { MarkerList } from '../insights/MarkerList';
import { HIGHER_IS_BETTER } from '../insights/SeriesCard';
import { PartialNote, TrendChart } from '../insights/TrendChart';
import { chartMarkers, seriesRows } from '../insights/trend-rows';
import { LINE_COLORS } from './trends-shape';

export interface Line {
  key: string;
  label: string;
  series: TrendSeriesFieldsFragment;
}

/**
 * Several lines of one metric (a kind, a team…) on one chart, each line's whole-period figure
 * and change beside the chart, and every bucket's number in the table, each opening its items.
 */
export function LinesCard({
  title,
  lines,
  metric,
  interval,
  markers,
  period,
  comparisonLabel,
}: {
  title: string;
  lines: readonly Line[];
  metric: TrendMetric;
  interval: Interval;
  markers: readonly ChangeMarkerFieldsFragment[];
  period: { from: string; to: string; label: string };
  comparisonLabel: string | null;
}) {
  const navigate = useNavigate();
  const format = lines[0]?.series.format ?? 'COUNT';
  const { rows, drills } = seriesRows(
    lines.map((line) => ({ key: line.key, points: line.series.points })),
    interval,
  );
  const marks = chartMarkers(markers, rows);
  const config: ChartConfig = Object.fromEntries(
    lines.map((line, index) => [
      line.key,
      { label: line.label, color: LINE_COLORS[index % LINE_COLORS.length] },
    ]),
  );
  const about = (line: Line, when: string) => `${line.series.label}, ${line.label}, ${when}`;

  return (
    <ChartCard
      title={title}
      titleId="trends-lines-title"
      description="Click a point to open its items; every number is also in the table."
      chart={
        <TrendChart
          rows={rows}
          config={config}
          lines={lines.map((line) => ({ key: line.key }))}
          format={format}
          markers={marks}
          title={`${title}, ${period.label}`}
          height={340}
          legendLabel="Lines"
          onSelectPoint={(index, key) => {
            const line = lines.find((entry) => entry.key === key);
            const drilldown = drills[key]?.[index];
            if (line && drilldown)
              void navigate(drilldownUrl(drilldown, about(line, rows[index].label)));
          }}
        />
      }
      footer={
        <>
          <ul className="lines-totals" aria-label={`Whole period, ${period.label}`}>
            {lines.map((line, index) => (
              <li key={line.key}>
                <span
                  className="chart-legend__swatch"
                  style={{ background: LINE_COLORS[index % LINE_COLORS.length] }}
                  aria-hidden="true"
                />
                <span className="lines-totals__label">{line.label}</span>{' '}
                <DrillLink drilldown={line.series.drilldown} about={about(line, period.label)}>
                  {formatValue(line.series.total.current, format)}
                </DrillLink>{' '}
                <ChangeText
                  change={line.series.total}
                  higherIsBetter={HIGHER_IS_BETTER[metric]}
                  comparedWith={comparisonLabel}
                />
              </li>
            ))}
          </ul>
          <PartialNote rows={rows} />
          <MarkerList markers={marks} />
        </>
      }
      table={
        <table className="data-table">
          <caption>{`${title}, ${period.label}`}</caption>
          <thead>
            <tr>
              <th scope="col">
                {interval === 'MONTH' ? 'Month' : interval === 'WEEK' ? 'Week' : 'Day'}
              </th>
              {lines.map((line) => (
                <th scope="col" key={line.key} className="data-table__number">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.bucket}>
                <th scope="row">{row.label}</th>
                {lines.map((line) => (
                  <td key={line.key} className="data-table__number">
                    <DrillLink drilldown={drills[line.key]?.[index]} about={about(line, row.label)}>
                      {formatValue(row[line.key] as number | null, format)}
                    </DrillLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
