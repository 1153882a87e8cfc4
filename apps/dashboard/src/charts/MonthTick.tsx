import { formatMonthAxisParts } from '../lib/format';
import { monthTickLabel } from './month-ticks';

/** The part of recharts' tick props a month tick reads. */
export interface MonthTickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  /** The axis' width, and how many ticks share it. */
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value?: unknown };
}

/**
 * A month on a category axis (use with `interval={0}`): labels thin out evenly when space is
 * short, and the year sits under January and the first label, like a calendar.
 */
export function MonthTick({
  x = 0,
  y = 0,
  index = 0,
  width = 0,
  visibleTicksCount = 1,
  payload,
}: MonthTickProps) {
  const month = typeof payload?.value === 'string' ? payload.value : '';
  if (!month) return null;
  const pxPerMonth = Number(width) / Math.max(1, visibleTicksCount);
  const shown = monthTickLabel(month, index, pxPerMonth);
  if (!shown.label) return null;
  const { month: name, year } = formatMonthAxisParts(month);
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text className="chart-tick" textAnchor="middle" dy={14}>
        {name}
      </text>
      {shown.year ? (
        <text className="chart-tick chart-tick--year" textAnchor="middle" dy={30}>
          {year}
        </text>
      ) : null}
    </g>
  );
}
