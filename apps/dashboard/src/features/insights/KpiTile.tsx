import type {
  ChangeFieldsFragment,
  DrilldownFieldsFragment,
} from '../../graphql/generated/graphql';
import { formatValue, type ValueKind } from '../../lib/format';
import { ChangeText } from './ChangeText';
import { DrillLink } from './DrillLink';

export interface KpiTileProps {
  label: string;
  value: number | null;
  format: ValueKind;
  change: ChangeFieldsFragment;
  higherIsBetter: boolean | null;
  drilldown: DrilldownFieldsFragment | null;
  /** What the drill-down opens, when it is a part of the figure ("The 212 late first responses"). */
  drilldownLabel?: string | null;
  /** The period's label, for the drill-down's heading ("Oct 2026"). */
  periodLabel: string;
  comparisonLabel: string | null;
  /** A line under the figure ("of 985 items"). */
  detail?: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A headline figure: its value (a link to the items behind it) and its change, which names the
 * period it is judged against ("−0.4% against Oct 2026 (better)").
 */
export function KpiTile({
  label,
  value,
  format,
  change,
  higherIsBetter,
  drilldown,
  drilldownLabel,
  periodLabel,
  comparisonLabel,
  detail,
}: KpiTileProps) {
  const text = formatValue(value, format);
  return (
    <div className="kpi-tile" data-testid="kpi-tile">
      <dt className="kpi-tile__label">{label}</dt>
      <dd className="kpi-tile__value">
        <DrillLink
          drilldown={value === null ? null : drilldown}
          about={`${drilldownLabel ?? label}, ${periodLabel}`}
          label={`${label}: ${text}. Show ${drilldownLabel ? lowerFirst(drilldownLabel) : 'the items'}`}
        >
          {text}
        </DrillLink>
      </dd>
      <dd className="kpi-tile__change">
        <ChangeText
          change={change}
          higherIsBetter={higherIsBetter}
          comparedWith={comparisonLabel}
        />
      </dd>
      <dd className="kpi-tile__previous">
        {comparisonLabel && change.previous !== null
          ? `${comparisonLabel}: ${formatValue(change.previous, format)}`
          : (detail ?? '\u00a0')}
      </dd>
    </div>
  );
}
