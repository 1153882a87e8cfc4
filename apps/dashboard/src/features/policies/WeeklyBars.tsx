import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import { formatNumber, formatShortDate } from '../../lib/format';

const config: ChartConfig = {
  count: { label: 'Complaints', color: 'var(--chart-sky)' },
  tested: { label: 'Weeks tested', color: 'var(--chart-vermillion)' },
};

/** Complaints linked to a policy per week (26 weeks), the weeks the rising test looked at darker. */
export function WeeklyBars({
  weeks,
  title,
}: {
  weeks: readonly { weekStart: string; count: number; tested: boolean }[];
  title: string;
}) {
  const rows = weeks.map((week) => ({
    week: week.weekStart,
    tick: formatShortDate(week.weekStart).replace(/ \d{4}$/, ''),
    count: week.count,
    tested: week.tested,
  }));
  return (
    <ChartContainer
      config={config}
      height={180}
      formatValue={formatNumber}
      legend={{ keys: ['count', 'tested'], label: 'Weeks' }}
    >
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={title}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="tick" tickLine={false} axisLine={false} minTickGap={16} />
        <YAxis
          tickFormatter={formatNumber}
          tickLine={false}
          axisLine={false}
          width={36}
          allowDecimals={false}
        />
        <Tooltip content={<ChartTooltipContent />} />
        <Bar dataKey="count" isAnimationActive={false} radius={[2, 2, 0, 0]}>
          {rows.map((row) => (
            <Cell key={row.week} fill={row.tested ? seriesColor('tested') : seriesColor('count')} />
          ))}
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
