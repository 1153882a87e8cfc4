import { Module } from '@nestjs/common';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

@Module({ providers: [InsightsService, InsightsResolver] })
export class InsightsModule {}
