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
