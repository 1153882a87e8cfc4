import { Link } from 'react-router';
import type { PolicyFrictionQuery } from '../../graphql/generated/graphql';
import { formatNumber, formatPercent } from '../../lib/format';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import { DrillLink } from '../insights/DrillLink';
import { newActionUrl } from './policy-shape';

type Candidate = PolicyFrictionQuery['policyHotspots']['wastefulCandidates'][number];

/** Policies that look like waste: usually waived, often cited, no protective value recorded. */
export function WastefulCard({
  candidates,
  periodLabel,
  canAct,
}: {
  candidates: readonly Candidate[];
  periodLabel: string;
  canAct: boolean;
}) {
  return (
    <Card title="Wasteful-policy candidates" titleId="wasteful-title">
      <p className="chart-card__description">
        A rule that is usually waived when someone asks, often cited in complaints, and with no
        protective value recorded may cost more than it saves.
      </p>
      {candidates.length === 0 ? (
        <p className="insight-list__text">
          No policy looks like waste in {periodLabel}: none is both usually waived and often cited.
        </p>
      ) : (
        <ul className="insight-list">
          {candidates.map((candidate) => (
            <li key={candidate.policy.id} className="insight-list__item">
              <div className="insight-list__head">
                <span className="insight-list__title">{candidate.policy.name}</span>
                {canAct ? (
                  <ButtonLink to={newActionUrl(candidate.policy.id)} variant="secondary" size="sm">
                    Open an action
                    <span className="visually-hidden"> about {candidate.policy.name}</span>
                  </ButtonLink>
                ) : null}
              </div>
              <p className="insight-list__text">
                Waived in{' '}
                {candidate.waiverRate.share === null
                  ? '—'
                  : formatPercent(candidate.waiverRate.share)}{' '}
                of {formatNumber(candidate.waiverRate.trials)} decided exceptions;{' '}
                <DrillLink
                  drilldown={candidate.drilldown}
                  about={`Items linked to “${candidate.policy.name}”, ${periodLabel}`}
                >
                  {formatNumber(candidate.complaints)} complaints
                </DrillLink>
                .
              </p>
              <ul className="reasons">
                {candidate.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {candidate.quotes.slice(0, 2).map((quote) => (
                <blockquote key={quote.itemId} className="quote">
                  <p>{quote.text}</p>
                  <footer>
                    <Link to={`/explorer/items/${quote.itemId}`}>Open the item</Link>
                  </footer>
                </blockquote>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
