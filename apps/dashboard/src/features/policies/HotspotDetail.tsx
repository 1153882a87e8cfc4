import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { PolicyFrictionQuery } from '../../graphql/generated/graphql';
import { formatNumber, formatShortDate } from '../../lib/format';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { SeverityBadge } from '../insights/StateBadge';
import { activityFigures, newActionUrl } from './policy-shape';
import { PART_COLORS, ScoreBar } from './ScoreBar';
import { WeeklyBars } from './WeeklyBars';

type Hotspot = PolicyFrictionQuery['policyHotspots']['policies'][number];
type Signal = NonNullable<PolicyFrictionQuery['risingSignals']>['policies'][number];

const twoSignificant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 2 });

/**
 * One hotspot opened: its score and the parts it is made of, what happened around the policy
 * (each figure opens its items), its weekly trend, the evidence in customers' and staff's own
 * (redacted) words, and the way to act on it.
 */
export function HotspotDetail({
  hotspot,
  signal,
  periodLabel,
  canAct,
}: {
  hotspot: Hotspot;
  signal: Signal | null;
  periodLabel: string;
  canAct: boolean;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening a hotspot moves focus to it, so keyboard and screen-reader users land on what they chose.
  useEffect(() => {
    titleRef.current?.focus();
  }, [hotspot.policy.id]);
  const name = hotspot.policy.name;
  return (
    <Card className="hotspot-detail" aria-labelledby="hotspot-title">
      <div className="hotspot-detail__head">
        <div>
          <p className="hotspot-detail__eyebrow">Hotspot #{hotspot.rank}</p>
          <h2 id="hotspot-title" className="hotspot-detail__title" tabIndex={-1} ref={titleRef}>
            {name}
          </h2>
        </div>
        {canAct ? (
          <ButtonLink to={newActionUrl(hotspot.policy.id)} variant="primary" size="sm">
            Open an improvement action
          </ButtonLink>
        ) : null}
      </div>
      <p className="hotspot-detail__explanation">{hotspot.explanation}</p>
      <div className="hotspot-detail__score">
        <ScoreBar score={hotspot.score} parts={hotspot.parts} />
        <span className="data-table__muted">
          {hotspot.previousScore === null
            ? 'No score before'
            : `Before: ${formatNumber(Math.round(hotspot.previousScore))}`}
        </span>
      </div>

      <section aria-labelledby="hotspot-parts-title" className="hotspot-detail__section">
        <h3 id="hotspot-parts-title" className="hotspot-detail__subtitle">
          The parts of its score
        </h3>
        <div className="table-frame">
          <table className="data-table">
            <caption className="visually-hidden">{`Parts of the friction score of “${name}”`}</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col" className="data-table__number">
                  Its own figure
                </th>
                <th scope="col" className="data-table__number">
                  Against all policies (0–1)
                </th>
                <th scope="col" className="data-table__number">
                  Weight
                </th>
                <th scope="col" className="data-table__number">
                  Points
                </th>
              </tr>
            </thead>
            <tbody>
              {[...hotspot.parts]
                .sort((a, b) => b.contribution - a.contribution)
                .map((part) => (
                  <tr key={part.name}>
                    <th scope="row">
                      <span
                        className="chart-legend__swatch"
                        style={{ background: PART_COLORS[part.name] }}
                        aria-hidden="true"
                      />{' '}
                      {part.label}
                    </th>
                    <td className="data-table__number">
                      {part.raw === null ? '—' : twoSignificant.format(part.raw)}
                    </td>
                    <td className="data-table__number">{part.value.toFixed(2)}</td>
                    <td className="data-table__number">{Math.round(part.weight * 100)}%</td>
                    <td className="data-table__number">{part.contribution.toFixed(1)}</td>
                  </tr>
                ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  Friction score
                </th>
                <td className="data-table__number">{hotspot.score.toFixed(1)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="chart-note">
          Each part is the policy’s own figure, shrunk towards the average of all policies when it
          rests on few items, scaled 0–1 against them and weighted; the points add up to the score.
        </p>
      </section>

      <div className="hotspot-detail__columns">
        <section aria-labelledby="hotspot-activity-title" className="hotspot-detail__section">
          <h3 id="hotspot-activity-title" className="hotspot-detail__subtitle">
            What happened in {periodLabel}
          </h3>
          <dl className="activity-grid">
            {activityFigures(hotspot).map((figure) => (
              <div key={figure.label}>
                <dt>{figure.label}</dt>
                <dd>
                  <DrillLink
                    drilldown={figure.drilldown}
                    about={`${figure.label}: items linked to “${name}”, ${periodLabel}`}
                  >
                    {formatNumber(figure.value)}
                  </DrillLink>
                </dd>
              </div>
            ))}
            <div>
              <dt>Added internal waiting</dt>
              <dd>{formatNumber(Math.round(hotspot.activity.addedWaitHours))} hours</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="hotspot-trend-title" className="hotspot-detail__section">
          <h3 id="hotspot-trend-title" className="hotspot-detail__subtitle">
            Trend <SeverityBadge severity={hotspot.rising} />
          </h3>
          <p className="insight-list__text">
            {hotspot.trendExplanation ?? signal?.explanation ?? 'Too little history to test.'}
          </p>
          {signal && signal.weekly.length > 0 ? (
            <>
              <WeeklyBars weeks={signal.weekly} title={`Complaints linked to “${name}” per week`} />
              <DrillLink
                drilldown={signal.drilldown}
                about={`Complaints linked to “${name}” in the weeks tested`}
                className="section-link"
              >
                The complaints of the weeks tested
              </DrillLink>
            </>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="hotspot-evidence-title" className="hotspot-detail__section">
        <h3 id="hotspot-evidence-title" className="hotspot-detail__subtitle">
          Evidence
        </h3>
        {hotspot.quotes.length === 0 ? (
          <p className="insight-list__text">No quote in the period.</p>
        ) : (
          <ul className="evidence-list" aria-label={`Quotes about “${name}”, personal data masked`}>
            {hotspot.quotes.map((quote) => (
              <li key={`${quote.itemId}-${quote.receivedAt}`}>
                <blockquote className="quote">
                  <p>{quote.text}</p>
                  <footer>
                    {formatShortDate(quote.receivedAt)} ·{' '}
                    <Link to={`/explorer/items/${quote.itemId}`}>Open the item</Link>
                  </footer>
                </blockquote>
              </li>
            ))}
          </ul>
        )}
        <p className="chart-note">Names, contact details and card numbers are masked.</p>
      </section>
    </Card>
  );
}
