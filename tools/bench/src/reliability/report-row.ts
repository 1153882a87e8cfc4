/** One check of the suite: what was measured, the figure, the bar it must meet (if any). */
export interface Check {
  scenario: string;
  measure: string;
  figure: string;
  bar: string;
  /** Undefined for figures that are recorded, not judged (aggregate lag, search). */
  passed?: boolean;
}

export const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

export const pause = (milliseconds: number) =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));
