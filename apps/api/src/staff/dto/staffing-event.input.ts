import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { IsPastDay } from '../../common/validation';
import { StaffingEventType } from '../staff.enums';

@InputType()
export class RecordStaffingEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId: string;

  @Field(() => StaffingEventType)
  @IsEnum(StaffingEventType)
  type: StaffingEventType;

  @Field({ description: 'YYYY-MM-DD, not in the future.' })
  @IsPastDay()
  occurredOn: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Required for sick_leave: working days, 1 to 366.',
  })
  @ValidateIf(
    (input: RecordStaffingEventInput) =>
      input.type === StaffingEventType.SICK_LEAVE || input.sickDays != null,
  )
  @IsInt({ message: 'sickDays is required for sick leave and must be a whole number of days' })
  @Min(1, { message: 'sickDays must be at least 1' })
  @Max(366, { message: 'sickDays must be at most 366' })
  sickDays?: number | null;
}
