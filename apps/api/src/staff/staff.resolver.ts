import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { MANAGERS } from '../auth/role-groups';
import { RecordStaffingEventInput } from './dto/staffing-event.input';
import { StaffingEvent } from './staffing-event.entity';
import { StaffService } from './staff.service';

@Resolver(() => StaffingEvent)
// Absence and departures are the manager's pages (README), not configuration.
@Roles(MANAGERS)
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
