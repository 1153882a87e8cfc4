import { Injectable } from '@nestjs/common';
import { DAY_MS } from '@fulcrum/signals';
import { ActionStatus } from '../../actions/action.enums';
import {
  FlowDimension,
  type Bottlenecks,
  type DurationFigure,
} from '../bottlenecks/bottlenecks.types';
import { Interval } from '../item-volume/item-volume.types';
import type { ImprovementImpact } from '../impact/impact.types';
import type { Kpi, ReviewAction, ReviewPack } from './review-pack.types';
import type { ReviewPackInput } from './review-pack.input';
import { SignalCounting } from '../read-model/counting';
import type { Change } from '../read-model/scope.types';
import { ValueFormat } from '../trends/trends.types';
import { IndicatorState } from '../warning-signs/warning-signs.types';
import { BottlenecksService } from '../bottlenecks/bottlenecks.service';
import { bottleneckPart, bottlenecksFor } from '../bottlenecks/bottleneck-parts';
import { type Memo, memoised } from '../read-model/memo';
import { countChange, shareChange } from '../read-model/figures';
import { FunnelService } from '../funnel/funnel.service';
import { HotspotsService } from '../hotspots/hotspots.service';
import { ImpactService } from '../impact/impact.service';
import { InsightData } from '../read-model/insight-data.service';
import { RisingService } from '../rising/rising.service';
import { dayMs, periodRange, resolveScope, type Scope } from '../read-model/scope';
import { StaffLoadService } from '../staff-load/staff-load.service';
import { TrendsService } from '../trends/trends.service';
import { WarningSignsService } from '../warning-signs/warning-signs.service';

export const MAX_REVIEW_DAYS = 366;
/** Lists in the review are shorter than on their own pages. */
const REVIEW_LIST = 10;

/** Each pack's sections, kept beside the pack rather than in its GraphQL type. */
const contexts = new WeakMap<ReviewPack, ReviewContext>();

@Injectable()
export class ReviewPackService {
  constructor(
    readonly data: InsightData,
    readonly trends: TrendsService,
    readonly rising: RisingService,
    readonly bottlenecks: BottlenecksService,
    readonly hotspots: HotspotsService,
    readonly warnings: WarningSignsService,
    readonly staff: StaffLoadService,
    readonly funnel: FunnelService,
    readonly impact: ImpactService,
  ) {}

  reviewPack(input: ReviewPackInput): ReviewPack {
    const scope = resolveScope(input, MAX_REVIEW_DAYS, this.data.now());
    const pack: ReviewPack = {
      period: periodRange(scope.period),
      comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
      generatedAt: new Date(scope.now),
    };
    contexts.set(pack, new ReviewContext(scope, this));
    return pack;
  }

  /** The sections of a pack this service made. */
  sections(pack: ReviewPack): ReviewContext {
    const context = contexts.get(pack);
    if (!context) throw new Error('A ReviewPack made without ReviewPackService.reviewPack()');
    return context;
  }

  bottlenecksOf(scope: Scope): Bottlenecks {
    return bottlenecksFor(
      { scope, limit: REVIEW_LIST, dimensions: Object.values(FlowDimension) },
      {
        period: periodRange(scope.period),
        comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
      },
    );
  }
}

/** The sections of one review pack, each computed at most once. */
export class ReviewContext {
  private readonly memo: Memo = new Map();
  private bottlenecksObject: Bottlenecks | null = null;

  constructor(
    readonly scope: Scope,
    private readonly services: ReviewPackService,
  ) {}

  private once<T>(key: string, make: () => Promise<T>): Promise<T> {
    return memoised(this.memo, key, make);
  }

  trends() {
    const days = (this.scope.period.to - this.scope.period.from) / DAY_MS;
    return this.once('trends', () =>
      this.services.trends.trendsFor(this.scope, days <= 92 ? Interval.WEEK : Interval.MONTH),
    );
  }

  risingSignals() {
    return this.once('rising', () =>
      this.services.rising.risingFor(this.scope, SignalCounting.COMPLAINTS, REVIEW_LIST),
    );
  }

  bottlenecks(): Bottlenecks {
    this.bottlenecksObject ??= this.services.bottlenecksOf(this.scope);
    return this.bottlenecksObject;
  }

  policyHotspots() {
    return this.once('hotspots', () => this.services.hotspots.hotspots(this.scope, REVIEW_LIST, 3));
  }

  warningSigns() {
    return this.once('warnings', () => this.services.warnings.signs(this.scope));
  }

  staffLoad() {
    return this.once('staff', () => this.services.staff.load(this.scope, 26, 6));
  }

  complaintFunnel() {
    return this.once('funnel', () => this.services.funnel.funnel(this.scope));
  }

  impacts(): Promise<ImprovementImpact[]> {
    return this.once('impacts', () =>
      this.services.impact.recentImpacts(this.scope.filter, this.scope.period.to, this.scope.now),
    );
  }

  actions(): Promise<ReviewAction[]> {
    return this.once('actions', async () => {
      const [actions, names] = await Promise.all([
        this.services.data.actions(this.scope.filter),
        this.services.data.names(),
      ]);
      const { from, to } = this.scope.period;
      const ref = (id: string | null, map: Map<string, string>) =>
        id ? { id, name: map.get(id) ?? 'Unknown' } : null;
      return actions
        .filter((a) => {
          const started = a.startedOn ? dayMs(a.startedOn) : null;
          const done = a.doneOn ? dayMs(a.doneOn) : null;
          if (a.status === ActionStatus.PLANNED) return true;
          if (done !== null && done >= from && done < to) return true;
          return started !== null && started < to && (done === null || done >= from);
        })
        .map((a) => ({
          id: a.id,
          title: a.title,
          owner: a.owner,
          status: a.status as ActionStatus,
          startedOn: a.startedOn,
          doneOn: a.doneOn,
          policy: ref(a.policyId, names.policies),
          theme: ref(a.themeId, names.themes),
          team: ref(a.teamId, names.teams),
        }));
    });
  }

  kpis(): Promise<Kpi[]> {
    return this.once('kpis', async () => {
      const b = this.bottlenecks();
      const svc = this.services.bottlenecks;
      const [trends, firstResponses, leadTimes, sla, backlog, warnings, rising] = await Promise.all(
        [
          this.trends(),
          bottleneckPart(svc, b, 'firstResponses'),
          bottleneckPart(svc, b, 'leadTimes'),
          bottleneckPart(svc, b, 'serviceLevels'),
          bottleneckPart(svc, b, 'backlog'),
          this.warningSigns(),
          this.risingSignals(),
        ],
      );
      const hasComparison = this.scope.comparison !== null;
      const all = (figures: DurationFigure[]) =>
        figures.find((f) => f.dimension === FlowDimension.ALL);
      const items = trends.volumeByKind.reduce(
        (acc, series) => ({
          current: acc.current + (series.total.current ?? 0),
          previous: acc.previous + (series.total.previous ?? 0),
        }),
        { current: 0, previous: 0 },
      );
      const periodDrill = trends.complaints.drilldown;
      const kpi = (
        key: string,
        label: string,
        value: number | null,
        format: ValueFormat,
        change: Change,
        higherIsBetter: boolean,
        drilldown: Kpi['drilldown'],
      ): Kpi => ({ key, label, value, format, change, higherIsBetter, drilldown });
      const fr = all(firstResponses);
      const lead = all(leadTimes);
      const alertSigns = warnings.signs.filter((s) => s.state === IndicatorState.ALERT).length;
      return [
        kpi(
          'items',
          'Items received',
          items.current,
          ValueFormat.COUNT,
          countChange(items.current, hasComparison ? items.previous : null),
          false,
          {
            ...periodDrill,
            kinds: this.scope.filter.kinds.length ? this.scope.filter.kinds : undefined,
          },
        ),
        kpi(
          'complaints',
          'Complaints',
          trends.complaints.total.current,
          ValueFormat.COUNT,
          trends.complaints.total,
          false,
          trends.complaints.drilldown,
        ),
        kpi(
          'negative-share',
          'Negative sentiment',
          trends.negativeShare.total.current,
          ValueFormat.SHARE,
          trends.negativeShare.total,
          false,
          trends.negativeShare.drilldown,
        ),
        kpi(
          'satisfaction',
          'Mean satisfaction (1–5)',
          trends.satisfaction.total.current,
          ValueFormat.RATING,
          trends.satisfaction.total,
          true,
          trends.satisfaction.drilldown,
        ),
        kpi(
          'first-response-p50',
          'Median time to first response',
          fr?.p50Hours ?? null,
          ValueFormat.HOURS,
          fr?.change ?? countChange(null, null),
          false,
          fr?.drilldown ?? null,
        ),
        kpi(
          'lead-time-p50',
          'Median lead time',
          lead?.p50Hours ?? null,
          ValueFormat.HOURS,
          lead?.change ?? countChange(null, null),
          false,
          lead?.drilldown ?? null,
        ),
        kpi(
          'first-response-sla',
          'First responses on time',
          sla.firstResponse.attainment.share,
          ValueFormat.SHARE,
          shareChange(sla.firstResponse.attainment.share, sla.previousFirstResponseAttainment),
          true,
          sla.firstResponse.breachesDrilldown,
        ),
        kpi(
          'resolution-sla',
          'Resolutions on time',
          sla.resolution.attainment.share,
          ValueFormat.SHARE,
          shareChange(sla.resolution.attainment.share, sla.previousResolutionAttainment),
          true,
          sla.resolution.breachesDrilldown,
        ),
        kpi(
          'backlog',
          'Open items at the end',
          backlog.count,
          ValueFormat.COUNT,
          backlog.change,
          false,
          backlog.drilldown,
        ),
        kpi(
          'warning-alerts',
          'Warning signs on alert',
          alertSigns,
          ValueFormat.COUNT,
          countChange(alertSigns, null),
          false,
          null,
        ),
        kpi(
          'rising-alerts',
          'Rising themes and policies on alert',
          rising.alerts,
          ValueFormat.COUNT,
          countChange(rising.alerts, null),
          false,
          null,
        ),
      ];
    });
  }
}
