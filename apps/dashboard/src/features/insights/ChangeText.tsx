import type { ChangeFieldsFragment } from '../../graphql/generated/graphql';
import { changeTone, directionGlyph } from './change-tone';

/**
 * "▲ +15% against Sep 2026 (worse)": the change against the comparison period, which it names,
 * with an arrow and, for screen readers and the colour-blind alike, "better" or "worse".
 */
export function ChangeText({
  change,
  higherIsBetter,
  comparedWith,
}: {
  change: Pick<ChangeFieldsFragment, 'direction' | 'label' | 'previous'>;
  /** null when a rise is neither good nor bad. */
  higherIsBetter: boolean | null;
  /** The comparison period's label ("Sep 2026"); without one no verdict word is given. */
  comparedWith: string | null;
}) {
  if (change.previous === null || change.label === 'no comparison') {
    return <span className="change change--neutral">{change.label}</span>;
  }
  const tone = changeTone(change, higherIsBetter);
  return (
    <span className={`change change--${tone}`}>
      <span className="change__glyph" aria-hidden="true">
        {directionGlyph[change.direction]}
      </span>
      <span>
        {change.label}
        {comparedWith ? ` against ${comparedWith}` : ''}
        {/* A verdict names its baseline: "better" only beside the period it is better than. */}
        {tone === 'neutral' || !comparedWith ? null : (
          <span className="change__tone"> ({tone})</span>
        )}
      </span>
    </span>
  );
}
