import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { Interval, TrendMetric } from '../../graphql/generated/graphql';
import { lastWholeMonths } from '../../lib/insight-scope';
import { addMonths, monthCount, monthOf, type MonthRange } from '../../lib/period';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import type { QuickRange } from '../../ui/MonthRangePicker';
import { PageHeader } from '../../ui/PageHeader';
import { SectionTabs } from '../../ui/SectionTabs';
import { EmptyState } from '../../ui/states';
import { LinkNotices } from '../insights/LinkNotices';
import { QueryStates } from '../insights/QueryStates';
import { ScopeBar } from '../insights/ScopeBar';
import { SeriesCard } from '../insights/SeriesCard';
import { useInsightScope } from '../insights/useInsightScope';
import { SplitTrendsDocument, TrendsDocument } from './graphql/trends';
import { LinesCard } from './LinesCard';
import { TREND_TABS } from './tabs';
import {
  INTERVALS,
  intervalLabel,
  kindLabel,
  MAX_LINES,
  MAX_MONTHS,
  metricFlags,
  metricLabel,
  readTrendOptions,
  seriesOf,
  splitLabel,
  SPLITS,
  splitLineKey,
  splitLineLabel,
  TREND_METRICS,
  withTrendOptions,
  type Split,
  type TrendOptions,
} from './trends-shape';
import '../insights/insights.css';
import './Trends.css';

function quickRanges(now: Date): QuickRange[] {
  const last = addMonths(monthOf(now), -1);
  return [3, 6, 12, 24].map((count) => ({
    label: `Last ${count} months`,
    range: { from: addMonths(last, -(count - 1)), to: last },
  }));
}

const sixMonths = (now: Date) => lastWholeMonths(6, now);

/** Any metric over time, by day, week or month, split by a dimension, against a comparison. */
export default function TrendsPage() {
  const [params, setParams] = useSearchParams();
  const options = readTrendOptions(params);
  const { scope, input, adjusted, dropped, now, setScope } = useInsightScope({
    defaultRange: sixMonths,
    maxMonths: MAX_MONTHS[options.interval],
  });
  const ids = useId();

  const setOptions = (next: TrendOptions) => {
    // A narrower bucket accepts a shorter period: keep its most recent months.
    const max = MAX_MONTHS[next.interval];
    const range: MonthRange =
      monthCount(scope.range) > max
        ? { from: addMonths(scope.range.to, -(max - 1)), to: scope.range.to }
        : scope.range;
    const withRange = new URLSearchParams(params);
    withRange.set('from', range.from);
    withRange.set('to', range.to);
    setParams(withTrendOptions(withRange, next));
  };

  return (
    <>
      <PageHeader
        eyebrow="Trends"
        title={metricLabel[options.metric]}
        description="Any metric by day, week or month, for any team, theme, policy, channel or kind, against the period before or a year earlier. Improvement actions are marked where they started or finished."
      />
      <SectionTabs label="Trends" tabs={TREND_TABS} />
      <div className="insight-page">
        <ScopeBar
          scope={scope}
          onChange={setScope}
          now={now}
          maxMonths={MAX_MONTHS[options.interval]}
          quickRanges={quickRanges(now)}
          filters
          idPrefix="trends"
        >
          <label className="period__field" htmlFor={`${ids}-metric`}>
            <span className="period__label">Metric</span>
            <select
              id={`${ids}-metric`}
              className="period__select"
              value={options.metric}
              onChange={(event) =>
                setOptions({ ...options, metric: event.target.value as TrendMetric })
              }
            >
              {TREND_METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {metricLabel[metric]}
                </option>
              ))}
            </select>
          </label>
          <label className="period__field" htmlFor={`${ids}-every`}>
            <span className="period__label">Buckets</span>
            <select
              id={`${ids}-every`}
              className="period__select"
              value={options.interval}
              onChange={(event) =>
                setOptions({ ...options, interval: event.target.value as Interval })
              }
            >
              {INTERVALS.map((interval) => (
                <option key={interval} value={interval}>
                  {intervalLabel[interval]}
                </option>
              ))}
            </select>
          </label>
          <label className="period__field" htmlFor={`${ids}-split`}>
            <span className="period__label">Split by</span>
            <select
              id={`${ids}-split`}
              className="period__select"
              value={options.split}
              onChange={(event) => setOptions({ ...options, split: event.target.value as Split })}
            >
              {SPLITS.map((split) => (
                <option key={split} value={split}>
                  {splitLabel[split]}
                </option>
              ))}
            </select>
          </label>
        </ScopeBar>
        <LinkNotices adjusted={adjusted} dropped={dropped}>
          The period in the link could not be used as it was:{' '}
          {intervalLabel[options.interval].toLowerCase()}, a chart covers at most{' '}
          {MAX_MONTHS[options.interval]} months.
        </LinkNotices>
        {options.split === 'NONE' ? (
          <WholeTrend input={{ ...input, interval: options.interval }} options={options} />
        ) : (
          <SplitTrend
            input={{ ...input, interval: options.interval }}
            options={{ ...options, split: options.split }}
          />
        )}
      </div>
    </>
  );
}

function WholeTrend({
  input,
  options,
}: {
  input: ReturnType<typeof useInsightScope>['input'] & { interval: Interval };
  options: TrendOptions;
}) {
  const query = useQuery(TrendsDocument, {
    variables: { input, ...metricFlags(options.metric) },
    notifyOnNetworkStatusChange: true,
  });
  return (
    <QueryStates query={query} what="the trend">
      {(data) => {
        const trends = data.trends;
        const series = seriesOf(trends, options.metric);
        const comparison = trends.comparisonPeriod?.label ?? null;
        if (series.every((entry) => entry.points.every((point) => !point.basis)))
          return (
            <Card>
              <EmptyState title={`Nothing to chart in ${trends.period.label}`}>
                No item matched in the period. Choose a longer period or fewer filters.
              </EmptyState>
            </Card>
          );
        if (options.metric === 'VOLUME')
          return (
            <LinesCard
              title="Items received, by kind"
              lines={series.map((entry) => ({
                key: entry.kind ?? entry.label,
                label: kindLabel(entry.kind),
                series: entry,
              }))}
              metric={options.metric}
              interval={trends.interval}
              markers={trends.markers}
              period={trends.period}
              comparisonLabel={comparison}
            />
          );
        return (
          <SeriesCard
            series={series[0]}
            interval={trends.interval}
            markers={trends.markers}
            period={trends.period}
            comparisonLabel={comparison}
            titleId="trends-series-title"
            height={340}
          />
        );
      }}
    </QueryStates>
  );
}

function SplitTrend({
  input,
  options,
}: {
  input: ReturnType<typeof useInsightScope>['input'] & { interval: Interval };
  options: TrendOptions & { split: Exclude<Split, 'NONE'> };
}) {
  // One request: the API groups the lines (at most MAX_LINES) in one read.
  const query = useQuery(SplitTrendsDocument, {
    variables: {
      input: { ...input, split: options.split, metric: options.metric, limit: MAX_LINES },
    },
    notifyOnNetworkStatusChange: true,
  });
  const what = splitLabel[options.split].toLowerCase();
  return (
    <QueryStates query={query} what="the trend">
      {(data) => {
        const split = data.splitTrends;
        const lines = split.lines.map((line) => ({
          key: splitLineKey(line),
          label: splitLineLabel(line),
          series: line.series,
        }));
        if (lines.length === 0)
          return (
            <Card>
              <EmptyState title={`No ${what} to split by`}>
                Choose another split or fewer filters.
              </EmptyState>
            </Card>
          );
        return (
          <>
            {split.total > lines.length ? (
              <Alert tone="info">
                Showing {lines.length} of {split.total} by name, to keep the chart readable; choose
                the ones to compare in the {splitLabel[options.split]} filter.
              </Alert>
            ) : null}
            <LinesCard
              title={`${metricLabel[options.metric]} by ${what}`}
              lines={lines}
              metric={options.metric}
              interval={split.interval}
              markers={split.markers}
              period={split.period}
              comparisonLabel={split.comparisonPeriod?.label ?? null}
            />
          </>
        );
      }}
    </QueryStates>
  );
}
