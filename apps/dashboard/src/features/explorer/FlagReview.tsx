import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FlagType, FlagVerdict } from '../../graphql/generated/graphql';
import { describeError } from '../../lib/graphql-errors';
import { formatPercent } from '../../lib/format';
import { flagLabel } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { flagReviewRows } from './flag-review';
import { ReviewItemFlagDocument } from './graphql/items';

const VERDICT_NOTE: Record<FlagVerdict, string> = {
  CONFIRMED: 'Confirmed by a person: it counts in the warning signs.',
  REJECTED:
    'Rejected by a person: it no longer counts, and its words are never shown as an example.',
};

/**
 * Analysts confirm or reject the warning signs flagged on an item. A verdict is kept through
 * re-analysis and teaches the next sign model, as a theme correction teaches the theme model.
 */
export function FlagReview({
  itemId,
  flags,
  reviews,
}: {
  itemId: string;
  flags: readonly { type: FlagType; confidence: number; evidence: readonly string[] }[];
  reviews: readonly { type: FlagType; verdict: FlagVerdict; evidence: readonly string[] }[];
}) {
  const [review, { loading }] = useMutation(ReviewItemFlagDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const rows = flagReviewRows(flags, reviews);

  const decide = async (type: FlagType, verdict: FlagVerdict) => {
    setProblem(null);
    setSaved(null);
    try {
      await review({ variables: { input: { itemId, type, verdict } } });
      setSaved(
        `${flagLabel[type]} ${verdict === 'CONFIRMED' ? 'confirmed' : 'rejected'}. The verdict is kept and will train the next sign model.`,
      );
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  if (rows.length === 0)
    return <p className="item-page__note">No warning sign was flagged on this item.</p>;

  return (
    <div className="flag-review">
      <p className="flag-review__intro">
        Is each sign really there? Your verdict is kept when history is re-analysed and teaches the
        next sign model (<Link to="/settings/analysis">train it in Settings</Link>).
      </p>
      {problem ? (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      ) : null}
      <ul className="flag-review__list">
        {rows.map((row) => {
          const confirm = row.verdict === 'REJECTED' ? 'Restore' : 'Confirm';
          return (
            <li key={row.type} className="flag-review__row">
              <span className="analysis__name">{flagLabel[row.type]}</span>{' '}
              {row.confidence !== null ? (
                <span className="analysis__score">{formatPercent(row.confidence)} confident</span>
              ) : null}
              <span className="analysis__words">
                {row.evidence.map((quote) => `“${quote}”`).join(', ')}
              </span>
              {row.verdict ? (
                <p className="flag-review__note">{VERDICT_NOTE[row.verdict]}</p>
              ) : null}
              <div className="form__actions">
                <Button
                  variant="ghost"
                  busy={loading}
                  disabled={row.verdict === 'CONFIRMED'}
                  aria-label={`${confirm} ${flagLabel[row.type]}`}
                  onClick={() => void decide(row.type, 'CONFIRMED')}
                >
                  {confirm}
                </Button>
                <Button
                  variant="ghost"
                  busy={loading}
                  disabled={row.verdict === 'REJECTED'}
                  aria-label={`Reject ${flagLabel[row.type]}`}
                  onClick={() => void decide(row.type, 'REJECTED')}
                >
                  Reject
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      <div role="status" aria-live="polite" className="form-status">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
    </div>
  );
}
