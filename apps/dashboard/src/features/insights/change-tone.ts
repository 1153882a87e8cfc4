import type { ChangeDirection } from '../../graphql/generated/graphql';

export type ChangeTone = 'better' | 'worse' | 'neutral';

/**
 * Whether a change is good news: a rise in satisfaction is, a rise in complaints is not. Flat
 * figures, figures with no comparison, and figures where up is neither are neutral.
 */
export function changeTone(
  change: { direction: ChangeDirection; previous?: number | null },
  higherIsBetter: boolean | null,
): ChangeTone {
  if (higherIsBetter === null || change.direction === 'FLAT') return 'neutral';
  if (change.previous === null) return 'neutral';
  return (change.direction === 'UP') === higherIsBetter ? 'better' : 'worse';
}

export const directionGlyph: Record<ChangeDirection, string> = { UP: '▲', DOWN: '▼', FLAT: '▶' };
