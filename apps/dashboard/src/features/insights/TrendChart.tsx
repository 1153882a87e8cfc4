import { useMemo } from 'react';
import {
  type ActiveDotProps,
  type DotItemDotProps,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ChartContainer,
  ChartTooltipContent,
  seriesColor,
  type ChartConfig,
} from '../../charts/ChartContainer';
import {
  formatHours,
  formatNumber,
  formatPercent,
  formatScore,
  formatValue,
  type ValueKind,
} from '../../lib/format';
import type { ChartMarker, TrendRow } from './trend-rows';

export interface TrendLine {
  key: string;
  /** Comparison lines are dashed and thinner, so they differ in more than colour. */
  dashed?: boolean;
}

export interface TrendChartProps {
  rows: readonly TrendRow[];
  config: ChartConfig;
  lines: readonly TrendLine[];
  format: ValueKind;
  markers?: readonly ChartMarker[];
  /** The chart's name for assistive technology. */
  title: string;
  height?: number;
  legendLabel?: string;
  /** Called with the row clicked (its bucket's items open from there). */
  onSelect?: (index: number) => void;
  /** With several lines: called with the row and the line of the point clicked. */
  onSelectPoint?: (index: number, key: string) => void;
}

/** Short axis numbers for each kind of value. */
export function axisFormat(format: ValueKind): (value: number) => string {
  switch (format) {
    case 'SHARE':
      return formatPercent;
    case 'SCORE':
      return formatScore;
    case 'HOURS':
      return (value) => formatHours(value);
    case 'RATING':
      return (value) => value.toFixed(1);
    case 'RATIO':
    case 'COUNT':
      return formatNumber;
  }
}

/** A point of a line; hollow when its bucket lies only partly in the period. */
function PointDot({
  cx,
  cy,
  color,
  hollow,
}: {
  cx?: number;
  cy?: number;
  color: string;
  hollow: boolean;
}) {
  if (cx === undefined || cy === undefined) return null;
  return hollow ? (
    <circle cx={cx} cy={cy} r={4} fill="var(--color-surface)" stroke={color} strokeWidth={2} />
  ) : (
    <circle cx={cx} cy={cy} r={3} fill={color} />
  );
}

/** Under a chart: which points are partial buckets (drawn hollow) and how many days each holds. */
export function PartialNote({ rows }: { rows: readonly TrendRow[] }) {
  const partial = rows.filter((row) => row.partialNote);
  if (partial.length === 0) return null;
  return (
    <p className="chart-note">
      Hollow points cover only part of their bucket, so their counts are for those days only:{' '}
      {partial.map((row) => `${row.tick}, ${row.partialNote}`).join('; ')}.
    </p>
  );
}

/**
 * Values over time as lines, the comparison period dashed, improvement actions as numbered
 * vertical marks, points of partial buckets hollow. Takes plain rows (see trend-rows); a click on
 * a bucket calls `onSelect`.
 */
export function TrendChart({
  rows,
  config,
  lines,
  format,
  markers = [],
  title,
  height = 260,
  legendLabel = 'Lines',
  onSelect,
  onSelectPoint,
}: TrendChartProps) {
  const ticks = useMemo(() => new Map(rows.map((row) => [row.bucket, row.tick])), [rows]);
  const labels = useMemo(() => new Map(rows.map((row) => [row.bucket, row.label])), [rows]);
  const markBuckets = useMemo(() => {
    const byBucket = new Map<string, number[]>();
    for (const marker of markers)
      byBucket.set(marker.bucket, [...(byBucket.get(marker.bucket) ?? []), marker.number]);
    return [...byBucket.entries()];
  }, [markers]);

  return (
    <ChartContainer
      config={config}
      height={height}
      formatValue={(value) => formatValue(value, format)}
      legend={{ keys: lines.map((line) => line.key), label: legendLabel }}
    >
      <LineChart
        data={rows as TrendRow[]}
        margin={{ top: markBuckets.length ? 20 : 8, right: 12, bottom: 0, left: 0 }}
        title={title}
        onClick={(state) => {
          const index = Number(state.activeTooltipIndex);
          if (onSelect && Number.isInteger(index) && index >= 0 && index < rows.length)
            onSelect(index);
        }}
        style={onSelect || onSelectPoint ? { cursor: 'pointer' } : undefined}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="bucket"
          tickFormatter={(bucket: string) => ticks.get(bucket) ?? bucket}
          tickLine={false}
          axisLine={false}
          minTickGap={16}
        />
        <YAxis
          tickFormatter={axisFormat(format)}
          tickLine={false}
          axisLine={false}
          width={format === 'HOURS' ? 76 : 52}
          domain={format === 'RATING' ? [1, 5] : [0, 'auto']}
          allowDecimals={format !== 'COUNT'}
        />
        <Tooltip
          content={<ChartTooltipContent formatLabel={(bucket) => labels.get(bucket) ?? bucket} />}
        />
        {markBuckets.map(([bucket, numbers]) => (
          <ReferenceLine
            key={bucket}
            x={bucket}
            stroke="var(--color-text)"
            strokeDasharray="2 3"
            label={{
              value: numbers.map((number) => `◆${number}`).join(' '),
              position: 'top',
              fill: 'var(--color-text)',
              fontSize: 11,
            }}
          />
        ))}
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={config[line.key]?.label ?? line.key}
            stroke={seriesColor(line.key)}
            strokeWidth={line.dashed ? 1.5 : 2.5}
            strokeDasharray={line.dashed ? '6 4' : undefined}
            dot={
              line.dashed
                ? false
                : (dot: DotItemDotProps) => (
                    <PointDot
                      key={`${line.key}-${dot.index}`}
                      cx={dot.cx}
                      cy={dot.cy}
                      color={seriesColor(line.key)}
                      hollow={Boolean(rows[dot.index]?.partialNote)}
                    />
                  )
            }
            activeDot={
              onSelectPoint
                ? (dot: ActiveDotProps) => (
                    <circle
                      cx={dot.cx}
                      cy={dot.cy}
                      r={6}
                      fill={dot.fill}
                      stroke="var(--color-surface)"
                      strokeWidth={2}
                      style={{ cursor: 'pointer' }}
                      onClick={() => onSelectPoint(dot.index, line.key)}
                    />
                  )
                : { r: 5 }
            }
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
