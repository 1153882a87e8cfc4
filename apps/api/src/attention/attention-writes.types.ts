import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EscalationOutcomeKind } from './escalation-outcome.entity';

@ObjectType({ description: "An item's assigned owner after a change." })
export class ItemOwnerAssignment {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { nullable: true, description: 'Null: no one assigned.' })
  ownerId: string | null;

  @Field(() => String, { nullable: true })
  ownerName: string | null;
}

@ObjectType({ description: 'The recorded end of an escalation.' })
export class EscalationOutcomeRecord {
  @Field(() => ID)
  eventId: string;

  @Field(() => EscalationOutcomeKind)
  outcome: EscalationOutcomeKind;

  @Field()
  decidedAt: Date;
}
