import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { NotInFuture } from '../../common/validation';
import { EscalationOutcomeKind } from '../escalation-outcome.entity';

@InputType({ description: 'Makes a person answerable for an item, or clears the assignment.' })
export class AssignItemOwnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: '$property must be an id' })
  itemId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An active manager, process owner or staff member; null clears the assignment.',
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an id' })
  ownerId?: string | null;
}

@InputType({ description: 'How an escalation ended.' })
export class RecordEscalationOutcomeInput {
  @Field(() => ID, { description: 'The escalated event on the timeline.' })
  @IsUUID('all', { message: '$property must be an id' })
  eventId: string;

  @Field(() => EscalationOutcomeKind)
  @IsEnum(EscalationOutcomeKind, { message: '$property must be resolved or returned' })
  outcome: EscalationOutcomeKind;

  @Field({
    nullable: true,
    description: 'When it was decided; now when omitted. Not before the escalation.',
  })
  @IsOptional()
  @NotInFuture()
  decidedAt?: Date;
}
