import { registerEnumType } from '@nestjs/graphql';

export enum StaffingEventType {
  HIRE = 'hire',
  DEPARTURE = 'departure',
  SICK_LEAVE = 'sick_leave',
}

registerEnumType(StaffingEventType, { name: 'StaffingEventType' });
