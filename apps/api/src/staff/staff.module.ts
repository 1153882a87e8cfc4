import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Team } from '../organisation/team.entity';
import { PulseEntry } from './pulse-entry.entity';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';
import { StaffingEvent } from './staffing-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StaffingEvent, PulseEntry, Team])],
  providers: [StaffService, StaffResolver],
})
export class StaffModule {}
