import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatMonthRange } from '../../lib/format';
import { monthOf, readMonthRange, toDateTimeRange, withMonthRange } from '../../lib/period';
import { Alert } from '../../ui/Alert';
import { SelectField } from '../../ui/fields/SelectField';
import { MonthRangePicker } from '../../ui/MonthRangePicker';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { QueryStates } from '../insights/QueryStates';
import { EmergingTopicsDocument } from './graphql/emerging-topics';
import { TopicCard } from './TopicCard';
import { BASELINE_CHOICES, readBaselineDays, withBaselineDays } from './topic-shape';
import './EmergingTopics.css';

/** The API compares at most a year of items with what came before. */
const MAX_MONTHS = 12;
const TOPICS = 20;

/**
 * Emerging topics: phrases that many of the period's items use, that no theme covers and that
 * were rare before, each with its counts, the items behind it and masked examples. A process
 * owner or manager promotes one to a theme; period and baseline live in the URL.
 */
export default function EmergingTopicsPage() {
  const [params, setParams] = useSearchParams();
  // The month changes at midnight on the 1st; reading the time once per visit is enough.
  const [now] = useState(() => new Date());
  const { range, adjusted } = useMemo(
    () => readMonthRange(params, { now, defaultMonths: 1, maxMonths: MAX_MONTHS }),
    [params, now],
  );
  const baselineDays = readBaselineDays(params);
  const [promoted, setPromoted] = useState<string | null>(null);
  const query = useQuery(EmergingTopicsDocument, {
    variables: { input: { ...toDateTimeRange(range), baselineDays, limit: TOPICS } },
    notifyOnNetworkStatusChange: true,
  });
  const label = formatMonthRange(range);

  return (
    <div className="emerging-topics-page">
      <PageHeader
        eyebrow="Themes"
        title="Emerging topics"
        description={`Phrases used by many items of ${label} that no theme covers, and rare in the ${baselineDays} days before: candidate themes. Promote one, and its phrase becomes a theme's keyword.`}
      />
      <div className="emerging-topics__controls" role="group" aria-label="Period and baseline">
        <MonthRangePicker
          range={range}
          onChange={(next) => setParams(withMonthRange(params, next))}
          latest={monthOf(now)}
          maxMonths={MAX_MONTHS}
          idPrefix="topics"
        />
        <SelectField
          id="topics-baseline"
          label="Compared with"
          value={String(baselineDays)}
          onChange={(value) => setParams(withBaselineDays(params, Number(value)))}
          options={BASELINE_CHOICES.map((days) => ({
            value: String(days),
            label: `the ${days} days before`,
          }))}
        />
      </div>
      {adjusted ? (
        <Alert tone="info" role="status">
          The period in the link could not be used as it was, so {label} is shown.
        </Alert>
      ) : null}
      {promoted ? (
        <Alert tone="success" role="status">
          Theme “{promoted}” created. History is being re-analysed with it; train the theme model in{' '}
          <Link to="/settings/analysis">Settings</Link> to learn from its examples.
        </Alert>
      ) : null}
      <QueryStates query={query} what="the emerging topics">
        {(data) =>
          data.emergingTopics.length === 0 ? (
            <EmptyState title={`No emerging topic in ${label}`}>
              No phrase is common among the period’s untagged items and rare before. Try a longer
              period or another baseline.
            </EmptyState>
          ) : (
            <div className="emerging-topics__list">
              {data.emergingTopics.map((topic) => (
                <TopicCard
                  key={topic.phrase}
                  topic={topic}
                  periodLabel={label}
                  baselineDays={baselineDays}
                  onPromoted={(name) => {
                    setPromoted(name);
                    void query.refetch();
                  }}
                />
              ))}
            </div>
          )
        }
      </QueryStates>
    </div>
  );
}
