import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartContainer, ChartTooltipContent, type ChartConfig } from '../../charts/ChartContainer';
import { formatPercent } from '../../lib/format';

// The review's charts, in a chunk of their own (with recharts) that loads beside the review's
// data: the headline figures, warning signs and tables draw without waiting for it.
export { Sparkline } from '../insights/Sparkline';
export { SeriesCard } from '../insights/SeriesCard';

const funnelConfig: ChartConfig = {
  share: { label: 'Share of the complaints', color: 'var(--chart-blue)' },
};

/** The protocol's steps as horizontal bars of their share of all complaints; a bar opens its items. */
export function FunnelBars({
  rows,
  title,
  onOpen,
}: {
  rows: readonly { label: string; share: number }[];
  title: string;
  onOpen: (index: number) => void;
}) {
  return (
    <ChartContainer
      config={funnelConfig}
      height={40 + rows.length * 38}
      formatValue={formatPercent}
    >
      <BarChart
        data={rows as { label: string; share: number }[]}
        layout="vertical"
        margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
        title={title}
        style={{ cursor: 'pointer' }}
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
        <Tooltip content={<ChartTooltipContent />} cursor />
        <Bar
          dataKey="share"
          isAnimationActive={false}
          radius={[0, 3, 3, 0]}
          onClick={(_, index) => onOpen(index)}
        >
          {rows.map((row, index) => (
            // Later steps a shade lighter, so the bars read as a sequence without colour.
            <Cell key={row.label} fill="var(--chart-blue)" fillOpacity={1 - index * 0.12} />
          ))}
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
