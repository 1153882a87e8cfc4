import { Injectable } from '@nestjs/common';
import { DAY_MS } from '@fulcrum/signals';
import { FlowDimension, type Bottlenecks } from '../bottlenecks/bottlenecks.types';
import { Interval } from '../item-volume/item-volume.types';
import type { ImprovementImpact } from '../impact/impact.types';
import type { Kpi, Reconciliation, ReviewAction, ReviewPack } from './review-pack.types';
import type { ReviewPackInput } from './review-pack.input';
import { composeKpis, reviewActions } from './review-pack.compose';
import { composeReconciliations } from './reconciliations';
import { SignalCounting } from '../read-model/counting';
import { BottlenecksService } from '../bottlenecks/bottlenecks.service';
import { bottleneckPart, bottlenecksFor } from '../bottlenecks/bottleneck-parts';
import { type Memo, memoised } from '../read-model/memo';
import { FunnelService } from '../funnel/funnel.service';
import { HotspotsService } from '../hotspots/hotspots.service';
import { ImpactService } from '../impact/impact.service';
import { InsightData } from '../read-model/insight-data.service';
import { RisingService } from '../rising/rising.service';
import { periodLabel, periodRange, resolveScope, type Scope } from '../read-model/scope';
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
      return reviewActions(actions, names, this.scope.period);
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
      return composeKpis({
        scope: this.scope,
        trends,
        firstResponses,
        leadTimes,
        sla,
        backlog,
        warnings,
        rising,
      });
    });
  }

  /** Where two verdicts on one measure disagree, the sentence that reconciles them. */
  reconciliations(): Promise<Reconciliation[]> {
    return this.once('reconciliations', async () => {
      const [kpis, warnings] = await Promise.all([this.kpis(), this.warningSigns()]);
      const against = this.scope.comparison ? periodLabel(this.scope.comparison) : null;
      return composeReconciliations(kpis, warnings.signs, against);
    });
  }
}
