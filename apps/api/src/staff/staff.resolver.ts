import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ORGANISERS } from '../auth/role-groups';
import { RecordStaffingEventInput } from './dto/staffing-event.input';
import { StaffingEvent } from './staffing-event.entity';
import { StaffService } from './staff.service';

@Resolver(() => StaffingEvent)
@Roles(ORGANISERS)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => [StaffingEvent], {
    description: 'The latest 1,000 hires, departures and sick leaves.',
  })
  staffingEvents(): Promise<StaffingEvent[]> {
    return this.staff.listStaffingEvents();
  }

  @Mutation(() => StaffingEvent)
  recordStaffingEvent(@Args('input') input: RecordStaffingEventInput): Promise<StaffingEvent> {
    return this.staff.recordStaffingEvent(input);
  }
}
