import type { Month } from '../lib/period';

/** Roughly the width a month label needs ("Sept" plus breathing room), in pixels. */
export const MONTH_LABEL_PX = 38;

const STEPS = [1, 2, 3, 6, 12] as const;

/**
 * Which month ticks get a label on an axis where each month has `pxPerMonth` of width: every
 * month if they fit, otherwise every 2nd, 3rd (quarters), 6th or 12th month counted from January,
 * so labels land on the same calendar months whatever the range. The year appears under January
 * and under the first labelled month.
 */
export function monthTickLabel(
  month: Month,
  index: number,
  pxPerMonth: number,
): { label: boolean; year: boolean } {
  const step = STEPS.find((candidate) => candidate * pxPerMonth >= MONTH_LABEL_PX) ?? 12;
  const monthIndex = Number(month.slice(5, 7)) - 1;
  const label = monthIndex % step === 0;
  if (!label) return { label, year: false };
  const firstMonthIndex = (((monthIndex - index) % 12) + 12) % 12;
  const firstLabelledIndex = (step - (firstMonthIndex % step)) % step;
  return { label, year: monthIndex === 0 || index === firstLabelledIndex };
}
