import { createContext, useContext, useId, type CSSProperties, type ReactNode } from 'react';
import { ResponsiveContainer, type TooltipContentProps } from 'recharts';
import './chart.css';

/**
 * One chart's vocabulary, as data: for each series (a recharts dataKey), its label and colour,
 * and how its values read. Charts take plain rows and this config; nothing else styles them.
 */
export type ChartConfig<K extends string = string> = Record<K, ChartSeries>;

export interface ChartSeries {
  label: string;
  /** Any CSS colour; prefer the Okabe–Ito tokens (`var(--chart-blue)` …). */
  color: string;
  /** How a value of this series reads; defaults to the chart's `formatValue`. */
  format?: (value: number) => string;
}

interface ChartContextValue {
  config: ChartConfig;
  formatValue: (value: number) => string;
}

const ChartContext = createContext<ChartContextValue | null>(null);

export function useChart(): ChartContextValue {
  const context = useContext(ChartContext);
  if (!context) throw new Error('useChart must be used inside <ChartContainer>');
  return context;
}

/** The colour a series is drawn in: `fill={seriesColor('REQUEST')}`. */
export function seriesColor(key: string): string {
  return `var(--color-${cssKey(key)})`;
}

export interface ChartContainerProps {
  config: ChartConfig;
  /** A recharts chart element (BarChart, LineChart, …). */
  children: ReactNode;
  height?: number;
  formatValue?: (value: number) => string;
  /** An HTML legend above the chart, in `keys` order (default: the config's order). */
  legend?: { keys?: readonly string[]; label?: string };
  className?: string;
}

// jsdom and the first paint have no layout; the chart draws at this size until measured.
const INITIAL_WIDTH = 800;

/**
 * The thin wrapper every chart uses: sets `--color-<series>` from the config, sizes the chart
 * to its container, and provides the config to the tooltip and legend below.
 */
export function ChartContainer({
  config,
  children,
  height = 320,
  formatValue = String,
  legend,
  className,
}: ChartContainerProps) {
  const id = useId();
  const style = Object.fromEntries(
    Object.entries(config).map(([key, series]) => [`--color-${cssKey(key)}`, series.color]),
  ) as CSSProperties;
  return (
    <ChartContext.Provider value={{ config, formatValue }}>
      <div className={`chart ${className ?? ''}`} style={style} data-chart={id}>
        {legend ? <ChartLegend keys={legend.keys} label={legend.label} /> : null}
        <ResponsiveContainer
          width="100%"
          height={height}
          initialDimension={{ width: INITIAL_WIDTH, height }}
        >
          {children}
        </ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  );
}

/** The legend as an HTML list (readable and wrappable), in the config's order. */
export function ChartLegend({
  keys,
  label = 'Legend',
}: {
  keys?: readonly string[];
  label?: string;
}) {
  const { config } = useChart();
  const shown = keys ?? Object.keys(config);
  return (
    <ul className="chart-legend" aria-label={label}>
      {shown.map((key) => (
        <li key={key} className="chart-legend__item">
          <span
            className="chart-legend__swatch"
            style={{ background: config[key]?.color }}
            aria-hidden="true"
          />
          {config[key]?.label ?? key}
        </li>
      ))}
    </ul>
  );
}

export interface ChartTooltipContentProps extends Partial<
  Pick<TooltipContentProps, 'active' | 'payload' | 'label'>
> {
  /** Turns the category (such as a YYYY-MM month) into words. */
  formatLabel?: (label: string) => string;
  /** Adds a total line (for stacked charts). */
  showTotal?: boolean;
  /** Series order in the tooltip; defaults to the config's order (pass it reversed for stacks, top first). */
  order?: readonly string[];
}

/** Tooltip body for `<Tooltip content={<ChartTooltipContent … />} />`: labels and formats from the config. */
export function ChartTooltipContent({
  active,
  payload,
  label,
  formatLabel,
  showTotal = false,
  order,
}: ChartTooltipContentProps) {
  const { config, formatValue } = useChart();
  if (!active || !payload || payload.length === 0) return null;
  const keys = order ?? Object.keys(config);
  const entries = [...payload]
    .filter((entry) => typeof entry.value === 'number')
    .sort((a, b) => keys.indexOf(String(a.dataKey)) - keys.indexOf(String(b.dataKey)));
  const total = entries.reduce((sum, entry) => sum + Number(entry.value), 0);
  return (
    <div className="chart-tooltip">
      {label !== undefined ? (
        <p className="chart-tooltip__label">
          {formatLabel ? formatLabel(String(label)) : String(label)}
        </p>
      ) : null}
      <ul className="chart-tooltip__list">
        {entries.map((entry) => {
          const key = String(entry.dataKey);
          const series = config[key];
          const value = Number(entry.value);
          return (
            <li key={key} className="chart-tooltip__row">
              <span
                className="chart-legend__swatch"
                style={{ background: series?.color ?? entry.color }}
                aria-hidden="true"
              />
              <span className="chart-tooltip__name">{series?.label ?? key}</span>
              <span className="chart-tooltip__value">{(series?.format ?? formatValue)(value)}</span>
            </li>
          );
        })}
      </ul>
      {showTotal ? (
        <p className="chart-tooltip__total">
          <span>Total</span>
          <span className="chart-tooltip__value">{formatValue(total)}</span>
        </p>
      ) : null}
    </div>
  );
}

function cssKey(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]/g, '-');
}
