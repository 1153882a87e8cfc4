import { useQuery } from '@apollo/client/react';
import { formatNumber } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { languageName } from '../../lib/labels';
import { Card } from '../../ui/Card';
import { ErrorState, LoadingState } from '../../ui/states';
import { NotAnalysedTextsDocument } from './graphql/analysis';

/** Texts in a language the analysis does not read: counted here, never passed off as neutral. */
export function NotAnalysedCard() {
  const counts = useQuery(NotAnalysedTextsDocument);
  let body;
  if (counts.loading && !counts.data) body = <LoadingState label="Counting…" lines={2} />;
  else if (!counts.data)
    body = (
      <ErrorState
        title="The count could not be loaded"
        message={describeError(counts.error).message}
        onRetry={() => void counts.refetch()}
        retrying={counts.loading}
      />
    );
  else {
    const { total, byLanguage } = counts.data.notAnalysedTexts;
    body =
      total === 0 ? (
        <p className="form__note">Every item is in a language the analysis reads (English).</p>
      ) : (
        <>
          <p>
            {formatNumber(total)} {total === 1 ? 'item is' : 'items are'} not analysed: the analysis
            reads English only, so these have no sentiment, themes or warning signs and are left out
            of those figures rather than counted as neutral.
          </p>
          <ul className="settings-languages">
            {byLanguage.map((row) => (
              <li key={row.language}>
                {languageName(row.language)}: {formatNumber(row.count)}
              </li>
            ))}
          </ul>
        </>
      );
  }
  return (
    <Card title="Texts not analysed" titleId="not-analysed-title">
      {body}
    </Card>
  );
}
