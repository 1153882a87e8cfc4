import type { LoadState } from '../../graphql/generated/graphql';

/** The state's colour on every load bar (the state is also written beside each team). */
export const LOAD_COLORS: Record<LoadState, string> = {
  OVERLOADED: 'var(--chart-vermillion)',
  STRETCHED: 'var(--chart-orange)',
  OK: 'var(--chart-blue)',
};
