import type { PeriodRange } from '../read-model/scope.types';
import { type Memo, memoised } from '../read-model/memo';
import type { BottlenecksRequest, BottlenecksService } from './bottlenecks.service';
import type { Bottlenecks } from './bottlenecks.types';

/**
 * What the lazily resolved fields of a Bottlenecks object compute from, and the parts already
 * computed: per-request state kept beside the object, not in its GraphQL type.
 */
const requests = new WeakMap<Bottlenecks, { request: BottlenecksRequest; memo: Memo }>();

/** A Bottlenecks object whose parts are computed when asked for, at most once each. */
export function bottlenecksFor(
  request: BottlenecksRequest,
  ranges: { period: PeriodRange; comparisonPeriod: PeriodRange | null },
): Bottlenecks {
  const bottlenecks: Bottlenecks = { ...ranges };
  requests.set(bottlenecks, { request, memo: new Map() });
  return bottlenecks;
}

type Part =
  'weekly' | 'backlog' | 'leadTimes' | 'firstResponses' | 'statusTimes' | 'serviceLevels' | 'waits';

/** The bottleneck parts, computed once per Bottlenecks object whoever asks (fields, KPIs, export). */
export function bottleneckPart<K extends Part>(
  service: BottlenecksService,
  parent: Bottlenecks,
  key: K,
): ReturnType<BottlenecksService[K]> {
  const state = requests.get(parent);
  if (!state) throw new Error('A Bottlenecks object made without bottlenecksFor()');
  const compute = service[key].bind(service) as (
    request: BottlenecksRequest,
  ) => ReturnType<BottlenecksService[K]>;
  return memoised<unknown>(state.memo, key, () => compute(state.request)) as ReturnType<
    BottlenecksService[K]
  >;
}
