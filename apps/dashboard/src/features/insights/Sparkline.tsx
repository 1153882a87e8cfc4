import { Bar, BarChart, Cell } from 'recharts';
import { ChartContainer, seriesColor, type ChartConfig } from '../../charts/ChartContainer';

const config: ChartConfig = {
  earlier: { label: 'Earlier weeks', color: 'var(--chart-sky)' },
  tested: { label: 'Weeks tested', color: 'var(--chart-vermillion)' },
};

/**
 * A small weekly bar strip (26 weeks), the tested weeks in a darker, warmer colour. Decorative:
 * the sentence beside it and `summary` (read instead of the bars) carry the meaning.
 */
export function Sparkline({
  weeks,
  summary,
}: {
  weeks: readonly { weekStart: string; count: number; tested: boolean }[];
  summary: string;
}) {
  return (
    <span className="sparkline">
      <span className="visually-hidden">{summary}</span>
      <span aria-hidden="true" className="sparkline__chart">
        <ChartContainer config={config} height={36}>
          <BarChart
            data={weeks as { weekStart: string; count: number; tested: boolean }[]}
            margin={{ top: 2, right: 0, bottom: 0, left: 0 }}
            barCategoryGap={1}
            accessibilityLayer={false}
          >
            <Bar dataKey="count" isAnimationActive={false} minPointSize={1}>
              {weeks.map((week) => (
                <Cell
                  key={week.weekStart}
                  fill={week.tested ? seriesColor('tested') : seriesColor('earlier')}
                />
              ))}
            </Bar>
          </BarChart>
        </ChartContainer>
      </span>
    </span>
  );
}

/** "Last 26 weeks: 3 to 14 a week; the 3 weeks tested: 12, 14, 13." */
export function sparklineSummary(weeks: readonly { count: number; tested: boolean }[]): string {
  if (weeks.length === 0) return 'No weekly history.';
  const counts = weeks.map((week) => week.count);
  const tested = weeks.filter((week) => week.tested).map((week) => week.count);
  const range = `${Math.min(...counts)} to ${Math.max(...counts)} a week`;
  const testedText =
    tested.length === 0
      ? ''
      : tested.length === 1
        ? `; the week tested: ${tested[0]}`
        : `; the ${tested.length} weeks tested: ${tested.join(', ')}`;
  return `Last ${weeks.length} weeks: ${range}${testedText}.`;
}
