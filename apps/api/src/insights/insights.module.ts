import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item } from '../items/item.entity';
import { ReviewNotesModule } from '../review-notes/review-notes.module';
import { AggregatesService } from './aggregates.service';
import { BottlenecksResolver } from './bottlenecks.resolver';
import { BottlenecksService } from './bottlenecks.service';
import { DrilldownItemsService } from './drilldown-items.service';
import { FunnelService } from './funnel.service';
import { HotspotsService } from './hotspots.service';
import { ImpactService } from './impact.service';
import { InsightData } from './insight-data.service';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';
import { ReviewExportService } from './review-export.service';
import { ReviewPackResolver } from './review-pack.resolver';
import { ReviewPackService } from './review-pack.service';
import { RisingService } from './rising.service';
import { StaffLoadService } from './staff-load.service';
import { TrendsService } from './trends.service';
import { WarningSignsService } from './warning-signs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Item]), ReviewNotesModule],
  providers: [
    InsightData,
    AggregatesService,
    InsightsService,
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
  ],
})
export class InsightsModule {}
