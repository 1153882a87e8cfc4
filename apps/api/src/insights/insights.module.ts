import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from '../items/item.entity';
import { ReviewNotesModule } from '../review-notes/review-notes.module';
import { AggregatesService } from './aggregates/aggregates.service';
import { AttentionResolver } from './attention/attention.resolver';
import { AttentionService } from './attention/attention.service';
import { FirstContactResolver } from './first-contact/first-contact.resolver';
import { FirstContactService } from './first-contact/first-contact.service';
import { BottlenecksResolver } from './bottlenecks/bottlenecks.resolver';
import { BottlenecksService } from './bottlenecks/bottlenecks.service';
import { DrilldownItemsService } from './drilldown/drilldown-items.service';
import { ForecastResolver } from './forecast/forecast.resolver';
import { ForecastService } from './forecast/forecast.service';
import { FunnelService } from './funnel/funnel.service';
import { HotspotsService } from './hotspots/hotspots.service';
import { ImpactService } from './impact/impact.service';
import { InsightData } from './read-model/insight-data.service';
import { InsightsResolver } from './insights.resolver';
import { ItemVolumeService } from './item-volume/item-volume.service';
import { ReviewExportService } from './review-pack/review-export.service';
import { ReviewPackResolver } from './review-pack/review-pack.resolver';
import { ReviewPackService } from './review-pack/review-pack.service';
import { RisingService } from './rising/rising.service';
import { StaffLoadService } from './staff-load/staff-load.service';
import { TrendsService } from './trends/trends.service';
import { WarningSignsService } from './warning-signs/warning-signs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Item]), ReviewNotesModule],
  providers: [
    InsightData,
    AggregatesService,
    ItemVolumeService,
    TrendsService,
    RisingService,
    BottlenecksService,
    HotspotsService,
    WarningSignsService,
    StaffLoadService,
    FunnelService,
    ImpactService,
    DrilldownItemsService,
    ReviewPackService,
    ReviewExportService,
    InsightsResolver,
    BottlenecksResolver,
    ReviewPackResolver,
    ForecastService,
    ForecastResolver,
    AttentionService,
    AttentionResolver,
    FirstContactService,
    FirstContactResolver,
  ],
  // The review digest reads the pack's figures, and the alert rules judge these insights' own
  // figures, rather than computing their own.
  exports: [ReviewPackService, WarningSignsService, RisingService, BottlenecksService],
})
export class InsightsModule {}
