// Number formats for the plain-English sentences the library returns, exported so the
// dashboard can show the same figures the same way.

import { DAY_MS, HOUR_MS } from './time';

/** "p < 0.001", "p = 0.004", "p = 0.31": two significant figures, floored at 0.001. */
export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${trimZeros(p.toPrecision(p < 0.01 ? 1 : 2))}`;
}

/** A count or mean for prose: integers from 10 up (with thousands separators), one decimal below. */
export function formatAmount(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 10 || Number.isInteger(value)) return withThousands(Math.round(value));
  if (magnitude >= 1) return trimZeros(value.toFixed(1));
  return trimZeros(value.toPrecision(2));
}

/** A share in [0, 1] as a percentage: "24%", "0.4%" for small shares. */
export function formatPercent(share: number): string {
  const percent = share * 100;
  const magnitude = Math.abs(percent);
  if (magnitude !== 0 && magnitude < 1) return `${trimZeros(percent.toFixed(1))}%`;
  return `${Math.round(percent)}%`;
}

/** A ratio as a multiplier: "2.6×", "0.45×". */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'from none';
  return `${trimZeros(ratio >= 1 ? ratio.toFixed(1) : ratio.toPrecision(2))}×`;
}

/** A duration in the largest sensible unit: "40 minutes", "5.5 hours", "3.2 days". */
export function formatDuration(ms: number): string {
  if (ms >= 2 * DAY_MS) return `${formatAmount(ms / DAY_MS)} days`;
  if (ms >= 2 * HOUR_MS) return `${formatAmount(ms / HOUR_MS)} hours`;
  return `${Math.round(ms / 60_000)} minutes`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function withThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
