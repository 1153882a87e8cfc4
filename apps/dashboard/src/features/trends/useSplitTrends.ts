import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type {
  ChangeMarkerFieldsFragment,
  Interval,
  PeriodFieldsFragment,
  TrendMetric,
  TrendSeriesFieldsFragment,
} from '../../graphql/generated/graphql';
import { toScopeInput, type InsightScope } from '../../lib/insight-scope';
import { TrendsDocument } from './graphql/trends';
import { metricFlags, seriesOf, type SplitValue } from './trends-shape';

export interface SplitSeries {
  value: SplitValue;
  series: TrendSeriesFieldsFragment | null;
}

export type SplitState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown }
  | {
      phase: 'done';
      lines: SplitSeries[];
      period: PeriodFieldsFragment | null;
      comparisonPeriod: PeriodFieldsFragment | null;
      /** Actions touching any of the lines, once each. */
      markers: ChangeMarkerFieldsFragment[];
    };

/** The markers of several answers, each action's milestone once per bucket. */
export function mergeMarkers(
  lists: readonly (readonly ChangeMarkerFieldsFragment[])[],
): ChangeMarkerFieldsFragment[] {
  const byBucket = new Map<string, ChangeMarkerFieldsFragment>();
  for (const list of lists)
    for (const marker of list) {
      const known = byBucket.get(marker.periodStart);
      const actions = [...(known?.actions ?? [])];
      for (const action of marker.actions)
        if (
          !actions.some((a) => a.actionId === action.actionId && a.milestone === action.milestone)
        )
          actions.push(action);
      byBucket.set(marker.periodStart, { ...marker, actions });
    }
  return [...byBucket.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

/**
 * One trends query per value of a split (the API filters; it does not group), side by side.
 * Answers come from the cache when the same view was open before.
 */
export function useSplitTrends(
  values: readonly SplitValue[],
  scope: InsightScope,
  metric: TrendMetric,
  interval: Interval,
) {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const request = JSON.stringify({ values, scope, metric, interval });
  // The answer is kept with the request it answers: a new request reads as loading at once.
  const [answer, setAnswer] = useState<{ key: string; state: SplitState } | null>(null);
  const key = `${attempt}:${request}`;
  const state: SplitState = answer?.key === key ? answer.state : { phase: 'loading' };

  useEffect(() => {
    let live = true;
    const {
      values: lines,
      scope: base,
      metric: shown,
      interval: every,
    } = JSON.parse(request) as {
      values: SplitValue[];
      scope: InsightScope;
      metric: TrendMetric;
      interval: Interval;
    };
    const settle = (next: SplitState) => {
      if (live) setAnswer({ key: `${attempt}:${request}`, state: next });
    };
    Promise.all(
      lines.map((value) =>
        client
          .query({
            query: TrendsDocument,
            variables: {
              input: { ...toScopeInput({ ...base, filter: value.filter }), interval: every },
              ...metricFlags(shown),
            },
          })
          .then((result) => {
            if (!result.data) throw result.error ?? new Error('No data');
            return { value, trends: result.data.trends };
          }),
      ),
    )
      .then((done) => {
        settle({
          phase: 'done',
          lines: done.map(({ value, trends }) => ({
            value,
            series: seriesOf(trends, shown)[0] ?? null,
          })),
          period: done[0]?.trends.period ?? null,
          comparisonPeriod: done[0]?.trends.comparisonPeriod ?? null,
          markers: mergeMarkers(done.map(({ trends }) => trends.markers)),
        });
      })
      .catch((error: unknown) => settle({ phase: 'failed', error }));
    return () => {
      live = false;
    };
  }, [client, request, attempt]);

  return { state, retry: () => setAttempt((count) => count + 1) };
}
