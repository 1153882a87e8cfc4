import type { RisingSignalFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatRatio } from '../../lib/format';
import { Card } from '../../ui/Card';
import { DrillLink } from '../insights/DrillLink';
import { Suspense } from 'react';
import { sparklineSummary } from '../insights/sparkline-summary';
import { Sparkline } from './lazy-charts';
import { SeverityBadge } from '../insights/StateBadge';
import { risingRows } from './review-shape';

/** Themes and policies whose complaints rose beyond their usual range in the weeks tested. */
export function RisingCard({
  themes,
  policies,
  testedLabel,
}: {
  themes: readonly RisingSignalFieldsFragment[];
  policies: readonly RisingSignalFieldsFragment[];
  testedLabel: string | null;
}) {
  const shownThemes = risingRows(themes, 5);
  const shownPolicies = risingRows(policies, 3);
  const flagged = [...themes, ...policies].some((signal) => signal.severity !== 'NONE');
  return (
    <Card title="Rising themes and policies" titleId="review-rising-title">
      <p className="review-section__lead">
        Complaints per week in {testedLabel ?? 'the weeks tested'}, against each one’s own history
        (same weeks of past years where there are any).{' '}
        {flagged ? null : 'Nothing rose beyond its usual range; the steepest rises are listed.'}
      </p>
      <RisingGroup title="Themes" signals={shownThemes} testedLabel={testedLabel} />
      <RisingGroup title="Policies" signals={shownPolicies} testedLabel={testedLabel} />
    </Card>
  );
}

function RisingGroup({
  title,
  signals,
  testedLabel,
}: {
  title: string;
  signals: readonly RisingSignalFieldsFragment[];
  testedLabel: string | null;
}) {
  return (
    <section className="rising-group" aria-label={`Rising ${title.toLowerCase()}`}>
      <h3 className="rising-group__title">{title}</h3>
      {signals.length === 0 ? (
        <p className="insight-list__text">No {title.toLowerCase()} rose.</p>
      ) : (
        <ul className="insight-list">
          {signals.map((signal) => (
            <li key={signal.subject.id} className="insight-list__item">
              <div className="insight-list__head">
                <span className="insight-list__title">{signal.subject.name}</span>
                <span className="rising__marks">
                  <Suspense fallback={<span className="sparkline" />}>
                    <Sparkline weeks={signal.weekly} summary={sparklineSummary(signal.weekly)} />
                  </Suspense>
                  <SeverityBadge severity={signal.severity} />
                </span>
                <span className="visually-hidden">
                  {formatRatio(signal.rateRatio)} the usual rate.
                </span>
              </div>
              <p className="insight-list__text">{signal.verdict}</p>
              <p className="insight-list__text">{signal.explanation}</p>
              <DrillLink
                drilldown={signal.drilldown}
                about={`Complaints about “${signal.subject.name}”, ${testedLabel ?? 'weeks tested'}`}
                className="section-link"
              >
                Show the {formatNumber(signal.observed)}{' '}
                {signal.observed === 1 ? 'complaint' : 'complaints'}
              </DrillLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
