import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';
import { ItemEvent } from './item-event.entity';
import { ItemEventResolver } from './item-event.resolver';
import { ItemEventsService } from './item-events.service';
import { Item } from './item.entity';
import { ItemsResolver } from './items.resolver';
import { ItemsService } from './items.service';
import { RawTextRead } from './raw-text/raw-text-read.entity';
import { RawTextReadsService } from './raw-text/raw-text-reads.service';

@Module({
  imports: [TypeOrmModule.forFeature([Item, ItemEvent, Team, Policy, RawTextRead])],
  providers: [
    ItemsService,
    ItemEventsService,
    RawTextReadsService,
    ItemsResolver,
    ItemEventResolver,
  ],
  exports: [ItemsService, ItemEventsService],
})
export class ItemsModule {}
