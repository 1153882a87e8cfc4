import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  readInsightScope,
  toScopeInput,
  withInsightScope,
  type InsightScope,
} from '../../lib/insight-scope';
import { useClock } from '../../lib/clock';
import type { MonthRange } from '../../lib/period';

export interface InsightScopeOptions {
  /** The period shown when the URL names none, from the time the page opened. */
  defaultRange: (now: Date) => MonthRange;
  /** The longest period the page's query accepts, in months. */
  maxMonths: number;
}

/** The page's period, comparison and filter, read from and written to its URL. */
export function useInsightScope({ defaultRange, maxMonths }: InsightScopeOptions) {
  const [params, setParams] = useSearchParams();
  // The month only changes at midnight on the 1st; reading the time once per visit is enough.
  const clock = useClock();
  const [now] = useState(clock);
  const read = useMemo(
    () => readInsightScope(params, { now, defaultRange: defaultRange(now), maxMonths }),
    // defaultRange is a module-level function on every page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [params, now, maxMonths],
  );
  const input = useMemo(() => toScopeInput(read.scope), [read.scope]);
  const setScope = (scope: InsightScope) => setParams(withInsightScope(params, scope));
  return { ...read, input, now, params, setParams, setScope };
}
