import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsText, LIMITS, NotInFuture } from '../../common/validation';
import { ItemEventType, ItemStatus, ViabilityDecision } from '../item.enums';

@InputType({ description: 'One timeline entry. Which fields are required depends on the type.' })
export class RecordItemEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: '$property must be an id' })
  itemId: string;

  @Field(() => ItemEventType)
  @IsEnum(ItemEventType)
  type: ItemEventType;

  @Field({
    nullable: true,
    description: 'When it happened; now when omitted. Not before the item arrived.',
  })
  @IsOptional()
  @NotInFuture()
  occurredAt?: Date;

  @Field(() => ItemStatus, { nullable: true, description: 'Required for status_changed.' })
  @ValidateIf(
    (input: RecordItemEventInput) =>
      input.type === ItemEventType.STATUS_CHANGED || input.status != null,
  )
  @IsEnum(ItemStatus, {
    message: '$property is required for a status change and must be an item status',
  })
  status?: ItemStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required for staff_reply and escalated (the reason).',
  })
  @ValidateIf(
    (input: RecordItemEventInput) =>
      input.type === ItemEventType.STAFF_REPLY ||
      input.type === ItemEventType.ESCALATED ||
      input.text != null,
  )
  @IsText(LIMITS.itemText)
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For escalated: the person or body escalated to; required unless escalatedToTeamId names a team.',
  })
  @ValidateIf(
    (input: RecordItemEventInput) =>
      (input.type === ItemEventType.ESCALATED && !input.escalatedToTeamId) ||
      input.escalatedTo != null,
  )
  @IsText(LIMITS.shortText)
  escalatedTo?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For escalated: the team escalated to (its name stands in for escalatedTo).',
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an id' })
  escalatedToTeamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "For exceptions: the policy; defaults to the item's policy.",
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an id' })
  policyId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'For satisfaction_check: the answer, 1 to 5, if given.',
  })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number from 1 to 5' })
  @Min(1, { message: '$property must be a whole number from 1 to 5' })
  @Max(5, { message: '$property must be a whole number from 1 to 5' })
  satisfaction?: number | null;

  @Field(() => ViabilityDecision, {
    nullable: true,
    description:
      "The decision this event tells the customer (accepted, soft no, hard no, referred, escalated); it becomes the item's decision.",
  })
  @IsOptional()
  @IsEnum(ViabilityDecision, { message: '$property must be a decision' })
  viability?: ViabilityDecision | null;
}

@InputType()
export class RecordItemEventsInput {
  @Field(() => [RecordItemEventInput], { description: '1 to 1,000 events, stored all or nothing.' })
  @ArrayMinSize(1, { message: 'events must hold at least 1 event' })
  @ArrayMaxSize(LIMITS.batchSize, {
    message: `events may hold at most ${LIMITS.batchSize.toLocaleString('en')} events`,
  })
  @ValidateNested({ each: true })
  @Type(() => RecordItemEventInput)
  events: RecordItemEventInput[];
}
