import { Injectable } from '@nestjs/common';
import { WEEK_MS } from '@fulcrum/signals';
import { ItemKind, SentimentLabel } from '../../items/item.enums';
import type { Drilldown } from '../read-model/drilldown.types';
import { type RisingSignal, type RisingSignals, Severity, SignalDimension } from './rising.types';
import { type RisingSignalsInput } from './rising.input';
import { countingFilter, SignalCounting } from '../read-model/counting';
import { InsightData } from '../read-model/insight-data.service';
import { composeRising } from './rising.compose';
import { addToWeek, testedWeeks } from '../read-model/weeks';
import { Dimension, type Measure } from '../read-model/rollups';
import { type Filter, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { filterDrilldown } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;

const COUNTED: Record<SignalCounting, string> = {
  [SignalCounting.COMPLAINTS]: 'Complaints',
  [SignalCounting.ITEMS]: 'Items',
  [SignalCounting.NEGATIVE_ITEMS]: 'Negative items',
};

export interface RisingRequest {
  filter: Filter;
  counting: SignalCounting;
  /** Whole ISO weeks tested, [from, to). */
  tested: { from: number; to: number };
  dimension: SignalDimension;
  /** Only these subjects (all when empty). */
  subjectIds?: readonly string[];
}

@Injectable()
export class RisingService {
  constructor(private readonly data: InsightData) {}

  risingSignals(input: RisingSignalsInput): Promise<RisingSignals> {
    const scope = resolveScope(input, MAX_PERIOD_DAYS, this.data.now());
    return this.risingFor(scope, input.counting, input.limit);
  }

  async risingFor(scope: Scope, counting: SignalCounting, limit: number): Promise<RisingSignals> {
    const tested = testedWeeks(scope.period, scope.now);
    const empty: RisingSignals = {
      period: periodRange(scope.period),
      testedWeeks: tested ? periodRange(tested) : null,
      counting,
      themes: [],
      policies: [],
      alerts: 0,
      watches: 0,
    };
    if (!tested) return empty;
    const [themes, policies] = await Promise.all(
      [SignalDimension.THEME, SignalDimension.POLICY].map((dimension) =>
        this.signals({ filter: scope.filter, counting, tested, dimension }),
      ),
    );
    const all = [...themes, ...policies];
    return {
      ...empty,
      themes: themes.slice(0, limit),
      policies: policies.slice(0, limit),
      alerts: all.filter((signal) => signal.severity === Severity.ALERT).length,
      watches: all.filter((signal) => signal.severity === Severity.WATCH).length,
    };
  }

  /** Spike and shift tests for every theme (or policy) of the filter, most severe first. */
  async signals(request: RisingRequest): Promise<RisingSignal[]> {
    const { filter, counting, tested, dimension } = request;
    const [firstWeek, names] = await Promise.all([this.data.firstWeek(), this.data.names()]);
    if (firstWeek === null || tested.to <= firstWeek) return [];
    const isTheme = dimension === SignalDimension.THEME;
    const ownIds = isTheme ? filter.themeIds : filter.policyIds;
    const subjectIds = request.subjectIds?.length ? request.subjectIds : ownIds;
    // Listing per theme, the theme filter chooses the subjects (and likewise for policies).
    const counted = countingFilter(
      isTheme ? { ...filter, themeIds: [] } : { ...filter, policyIds: [] },
      counting,
    );
    if (counting === SignalCounting.COMPLAINTS && !counted.kinds.includes(ItemKind.COMPLAINT))
      return [];
    const measure: Measure = counting === SignalCounting.NEGATIVE_ITEMS ? 'negative' : 'arrivals';
    const from = Math.max(firstWeek, tested.from - 4 * 52 * WEEK_MS);
    const rows = await this.data.measures({
      filter: counted,
      from,
      to: tested.to,
      unit: 'week',
      measures: [measure],
      groupBy: ['dim_id'],
      per: isTheme ? Dimension.THEME : Dimension.POLICY,
    });
    const weeks = Math.round((tested.to - from) / WEEK_MS);
    const nameMap = isTheme ? names.themes : names.policies;
    const ids = subjectIds.length
      ? subjectIds.filter((id) => nameMap.has(id))
      : [...nameMap.keys()];
    const series = new Map(ids.map((id) => [id, new Array<number>(weeks).fill(0)]));
    for (const row of rows) {
      const counts = row.dim_id ? series.get(row.dim_id) : undefined;
      if (counts) addToWeek(counts, from, row.bucket, row[measure]);
    }
    const drilldown = (id: string): Drilldown =>
      filterDrilldown(counted, {
        receivedFrom: new Date(tested.from),
        receivedTo: new Date(tested.to),
        ...(isTheme ? { themeIds: [id] } : { linkedPolicyIds: [id] }),
        ...(counting === SignalCounting.NEGATIVE_ITEMS
          ? { sentiments: [SentimentLabel.NEGATIVE] }
          : {}),
      });
    return composeRising(
      ids.map((id) => ({ id, name: nameMap.get(id) ?? 'Unknown', counts: series.get(id) ?? [] })),
      {
        dimension,
        counted: COUNTED[counting],
        firstWeek: from,
        recent: Math.round((tested.to - tested.from) / WEEK_MS),
        drilldown,
      },
    );
  }
}
