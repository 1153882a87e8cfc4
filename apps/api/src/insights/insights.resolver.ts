import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ANALYSTS, MANAGERS } from '../auth/role-groups';
import { ItemPage } from '../items/dto/items.args';
import { DrilldownItemsInput } from './drilldown/drilldown-items.input';
import { ComplaintFunnel } from './funnel/funnel.types';
import { ComplaintFunnelInput } from './funnel/funnel.input';
import { PolicyHotspots } from './hotspots/hotspots.types';
import { PolicyHotspotsInput } from './hotspots/hotspots.input';
import { ImprovementImpact } from './impact/impact.types';
import { ImprovementImpactInput } from './impact/impact.input';
import { VolumePoint } from './item-volume/item-volume.types';
import { ItemVolumeInput } from './item-volume/item-volume.input';
import { ExportFile } from './review-pack/review-pack.types';
import { ItemExportInput, ReviewPackExportInput } from './review-pack/review-pack.input';
import { RisingSignals } from './rising/rising.types';
import { RisingSignalsInput } from './rising/rising.input';
import { StaffLoad } from './staff-load/staff-load.types';
import { StaffLoadInput } from './staff-load/staff-load.input';
import { SplitTrends, Trends } from './trends/trends.types';
import { TrendsInput } from './trends/trends.input';
import { SplitTrendsInput } from './trends/split-trends.input';
import { WarningSigns } from './warning-signs/warning-signs.types';
import { WarningSignsInput } from './warning-signs/warning-signs.input';
import { DrilldownItemsService } from './drilldown/drilldown-items.service';
import { FunnelService } from './funnel/funnel.service';
import { HotspotsService } from './hotspots/hotspots.service';
import { ImpactService } from './impact/impact.service';
import { ItemVolumeService } from './item-volume/item-volume.service';
import { ReviewExportService } from './review-pack/review-export.service';
import { RisingService } from './rising/rising.service';
import { StaffLoadService } from './staff-load/staff-load.service';
import { TrendsService } from './trends/trends.service';
import { WarningSignsService } from './warning-signs/warning-signs.service';

@Resolver()
@Roles(ANALYSTS)
export class InsightsResolver {
  constructor(
    private readonly volume: ItemVolumeService,
    private readonly trendsService: TrendsService,
    private readonly rising: RisingService,
    private readonly hotspots: HotspotsService,
    private readonly warnings: WarningSignsService,
    private readonly staff: StaffLoadService,
    private readonly funnel: FunnelService,
    private readonly impact: ImpactService,
    private readonly drilldowns: DrilldownItemsService,
    private readonly reviewExport: ReviewExportService,
  ) {}

  @Query(() => [VolumePoint], { description: 'Items received per period and kind.' })
  itemVolume(@Args('input') input: ItemVolumeInput): Promise<VolumePoint[]> {
    return this.volume.itemVolume(input);
  }

  @Query(() => Trends, {
    description:
      'Volume by kind, complaints, negative share, sentiment and satisfaction per day, week or month, against the comparison period, with improvement actions marked.',
  })
  trends(@Args('input') input: TrendsInput): Promise<Trends> {
    return this.trendsService.trends(input);
  }

  @Query(() => SplitTrends, {
    description:
      'One metric per day, week or month, one line per team, theme, policy, channel or kind (at most 8), against the comparison period, with improvement actions marked.',
  })
  splitTrends(@Args('input') input: SplitTrendsInput): Promise<SplitTrends> {
    return this.trendsService.splitTrends(input);
  }

  @Query(() => RisingSignals, {
    description:
      'Per theme and per policy: are the whole weeks of the period unusual against their own history (seasonal spike test with false-discovery control, and a CUSUM for sustained shifts)?',
  })
  risingSignals(@Args('input') input: RisingSignalsInput): Promise<RisingSignals> {
    return this.rising.risingSignals(input);
  }

  @Query(() => PolicyHotspots, {
    description:
      'Policy friction: a 0–100 score per policy with its parts, a policy × team matrix and candidate wasteful policies with quotes.',
  })
  policyHotspots(@Args('input') input: PolicyHotspotsInput): Promise<PolicyHotspots> {
    return this.hotspots.policyHotspots(input);
  }

  @Query(() => WarningSigns, {
    description:
      'Warning signs of losing touch with customers, each with thresholds, a state, an explanation and its records.',
  })
  @Roles(MANAGERS)
  warningSigns(@Args('input') input: WarningSignsInput): Promise<WarningSigns> {
    return this.warnings.warningSigns(input);
  }

  @Query(() => StaffLoad, {
    description:
      'Load against capacity per team, staff pulse (anonymous entries only in groups of five or more), sick leave and departures over time, and their lagged relation to complaints and waits.',
  })
  @Roles(MANAGERS)
  staffLoad(@Args('input') input: StaffLoadInput): Promise<StaffLoad> {
    return this.staff.staffLoad(input);
  }

  @Query(() => ComplaintFunnel, {
    description: 'How far the period’s complaints got through the complaint-handling protocol.',
  })
  complaintFunnel(@Args('input') input: ComplaintFunnelInput): Promise<ComplaintFunnel> {
    return this.funnel.complaintFunnel(input);
  }

  @Query(() => ImprovementImpact, {
    description: 'Before/after effect of an improvement action against a control, with intervals.',
  })
  improvementImpact(@Args('input') input: ImprovementImpactInput): Promise<ImprovementImpact> {
    return this.impact.improvementImpact(input);
  }

  @Query(() => ItemPage, {
    description: 'The items behind any drilldown an insight returned, newest first.',
  })
  drilldownItems(@Args('input') input: DrilldownItemsInput): Promise<ItemPage> {
    return this.drilldowns.page(input);
  }

  @Query(() => ExportFile, {
    description: 'The items behind a drilldown as CSV, one row per item (text redacted).',
  })
  itemExport(@Args('input') input: ItemExportInput): Promise<ExportFile> {
    return this.drilldowns.export(input);
  }

  @Query(() => ExportFile, { description: 'The review pack of a period as Markdown or CSV.' })
  @Roles(MANAGERS)
  reviewPackExport(@Args('input') input: ReviewPackExportInput): Promise<ExportFile> {
    return this.reviewExport.export(input);
  }
}
