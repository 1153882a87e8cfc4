import type { WarningSignFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatShortDate, formatValue } from '../../lib/format';
import { staffingEventLabel } from '../../lib/labels';
import { Card } from '../../ui/Card';
import { DrillLink } from '../insights/DrillLink';
import { IndicatorBadge } from '../insights/StateBadge';
import { signsByUrgency } from './review-shape';

/**
 * The warning signs of losing touch with customers: each with its state (in words and a glyph,
 * not colour alone), where it stands against its thresholds, why, and the records behind it.
 */
export function WarningSignsPanel({
  signs,
  alerts,
  watches,
  periodLabel,
  comparisonLabel,
}: {
  signs: readonly WarningSignFieldsFragment[];
  alerts: number;
  watches: number;
  periodLabel: string;
  comparisonLabel: string | null;
}) {
  const summary =
    alerts + watches === 0
      ? 'No warning sign is on watch or alert.'
      : `${formatNumber(alerts)} on alert, ${formatNumber(watches)} to watch.`;
  return (
    <Card title="Warning signs" titleId="review-warnings-title" className="review-warnings">
      <p className="review-section__lead">
        Signs that an organisation is losing touch with its customers, each judged against its own
        thresholds (rising complaints against the usual level for its weeks), not against{' '}
        {comparisonLabel ?? 'another period'}. {summary}
      </p>
      <ul className="warning-list" aria-label="Warning signs, most urgent first">
        {signsByUrgency(signs).map((sign) => (
          <li key={sign.sign} className={`warning warning--${sign.state.toLowerCase()}`}>
            <div className="warning__head">
              <IndicatorBadge state={sign.state} />
              <h3 className="warning__label">{sign.label}</h3>
              <span className="warning__value">{formatValue(sign.value, sign.format)}</span>
            </div>
            <p className="warning__thresholds">{sign.verdict}</p>
            <p className="warning__explanation">{sign.explanation}</p>
            <div className="warning__records">
              {sign.drilldown ? (
                <DrillLink drilldown={sign.drilldown} about={`${sign.label}, ${periodLabel}`}>
                  Show the items behind it
                </DrillLink>
              ) : null}
              {sign.staffingEvents.length > 0 ? (
                <details className="warning__details">
                  <summary>
                    The {formatNumber(sign.staffingEvents.length)} staffing{' '}
                    {sign.staffingEvents.length === 1 ? 'record' : 'records'} behind it
                  </summary>
                  <ul className="warning__staffing">
                    {sign.staffingEvents.map((event) => (
                      <li key={event.id}>
                        {staffingEventLabel[event.type]}, {event.team.name},{' '}
                        {formatShortDate(event.on)}
                        {event.sickDays !== null
                          ? ` (${formatNumber(event.sickDays)} working days)`
                          : ''}
                      </li>
                    ))}
                  </ul>
                  <p className="warning__note">
                    No person is named: the records show team and day.
                  </p>
                </details>
              ) : null}
              {sign.evidence.length > 0 ? (
                <details className="warning__details">
                  <summary>Example wording</summary>
                  <ul className="warning__quotes">
                    {sign.evidence.map((quote, index) => (
                      <li key={`${quote.itemId}-${index}`}>
                        <q>{quote.text}</q>{' '}
                        <span className="warning__quote-date">
                          ({formatShortDate(quote.receivedAt)})
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
