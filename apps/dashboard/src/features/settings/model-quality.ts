import type { AnalysisModelFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatPercent, formatScore } from '../../lib/format';

type Quality = NonNullable<AnalysisModelFieldsFragment['quality']>;

/** Below this many held-out examples, the measured figures are said to be rough. */
export const FEW_HELD_OUT = 30;

/** The measured quality in a sentence people can act on. */
export function describeQuality(quality: Quality | null): string {
  if (!quality)
    return 'Not measured: there were too few labelled examples to keep some back for testing. Add examples to themes or correct items, then train again.';
  const measured = `Tested on ${formatNumber(quality.heldOut)} labelled ${quality.heldOut === 1 ? 'example' : 'examples'} it had not seen: ${formatPercent(quality.accuracy)} got the right theme. Macro-F1 ${formatScore(quality.macroF1)} (0 to 1, averaged over themes, so rare themes count as much as common ones).`;
  return quality.heldOut < FEW_HELD_OUT
    ? `${measured} So few test examples make these figures rough; more labelled examples and corrections make them firmer.`
    : measured;
}

/** How the newest theme model compares with the one before it, on macro-F1. */
export function compareQuality(latest: Quality | null, previous: Quality | null): string | null {
  if (!latest || !previous) return null;
  const change = latest.macroF1 - previous.macroF1;
  if (Math.abs(change) < 0.005)
    return `About the same as the previous model (${formatScore(previous.macroF1)}).`;
  return `${change > 0 ? 'Up' : 'Down'} from ${formatScore(previous.macroF1)} for the previous model.`;
}

/** Theme models only, newest first (the API's order). */
export function themeModels<T extends { kind: string }>(models: readonly T[]): T[] {
  return models.filter((model) => model.kind === 'THEME');
}
