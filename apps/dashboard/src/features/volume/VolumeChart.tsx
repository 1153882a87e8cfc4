import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartTooltipContent, seriesColor } from '../../charts/ChartContainer';
import { niceCountTicks } from '../../charts/ticks';
import { formatMonthLong, formatNumber } from '../../lib/format';
import { MonthTick, type MonthTickProps } from '../../charts/MonthTick';
import { VOLUME_STACK, volumeChartConfig } from './volume-chart-config';
import type { VolumeRow } from './volume-rows';

/** Items per month, stacked by kind. Takes plain rows; see toMonthlyVolumeRows. */
export function VolumeChart({ rows, title }: { rows: readonly VolumeRow[]; title: string }) {
  const topFirst = [...VOLUME_STACK].reverse();
  const ticks = niceCountTicks(Math.max(0, ...rows.map((row) => row.total)));
  return (
    <ChartContainer
      config={volumeChartConfig}
      height={340}
      formatValue={formatNumber}
      legend={{ keys: topFirst, label: 'Kinds of item, top of the stack first' }}
    >
      <BarChart
        data={rows as VolumeRow[]}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        title={title}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="month"
          tick={(props: MonthTickProps) => <MonthTick {...props} />}
          tickLine={false}
          axisLine={false}
          interval={0}
          height={44}
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
          cursor
          content={<ChartTooltipContent formatLabel={formatMonthLong} showTotal order={topFirst} />}
        />
        {VOLUME_STACK.map((kind, index) => (
          <Bar
            key={kind}
            dataKey={kind}
            name={volumeChartConfig[kind].label}
            stackId="items"
            fill={seriesColor(kind)}
            // A thin light seam between stacked segments separates them without relying on hue.
            stroke="var(--color-surface)"
            strokeWidth={1}
            radius={index === VOLUME_STACK.length - 1 ? [3, 3, 0, 0] : 0}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartContainer>
  );
}
