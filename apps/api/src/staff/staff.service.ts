import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { invalidField } from '../common/domain-error';
import { Team } from '../organisation/team.entity';
import type { RecordStaffingEventInput } from './dto/staffing-event.input';
import { StaffingEvent } from './staffing-event.entity';
import { StaffingEventType } from './staff.enums';

@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(StaffingEvent) private readonly staffingEvents: Repository<StaffingEvent>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  listStaffingEvents(): Promise<StaffingEvent[]> {
    return this.staffingEvents.find({
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
      take: 1000,
    });
  }

  async recordStaffingEvent(input: RecordStaffingEventInput): Promise<StaffingEvent> {
    if (!(await this.teams.existsBy({ id: input.teamId })))
      throw invalidField('teamId', 'exists', 'teamId names no known team');
    if (input.type !== StaffingEventType.SICK_LEAVE && input.sickDays != null) {
      throw invalidField('sickDays', 'onlyForSickLeave', 'sickDays applies to sick leave only');
    }
    return this.staffingEvents.save(
      this.staffingEvents.create({ ...input, sickDays: input.sickDays ?? null }),
    );
  }
}
