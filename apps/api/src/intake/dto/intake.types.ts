import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { ItemKind, ItemSource } from '../../items/item.enums';
import { Item } from '../../items/item.entity';

@ObjectType()
export class ItemReceipt {
  @Field(() => Item)
  item: Item;

  @Field({
    description:
      'False when the external id was seen before and the stored item is returned (only to the sender that wrote it).',
  })
  created: boolean;
}

@ObjectType()
export class SubmittedItem {
  @Field(() => ID, {
    nullable: true,
    description: 'Null when the external id was already received from another sender.',
  })
  id: string | null;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field()
  created: boolean;
}

@ObjectType()
export class ItemBatchReceipt {
  @Field(() => [SubmittedItem], { description: 'In the order submitted.' })
  items: SubmittedItem[];

  @Field(() => Int)
  createdCount: number;

  @Field(() => Int, { description: 'Items whose external id was already stored.' })
  existingCount: number;
}

const PUBLIC_SOURCES = [ItemSource.EXTERNAL_CUSTOMER, ItemSource.INTERNAL_CUSTOMER];

@InputType({ description: 'What a customer sends through the public form.' })
export class SubmitCustomerFeedbackInput {
  @Field(() => ItemKind)
  @IsEnum(ItemKind)
  kind: ItemKind;

  @Field({ description: '1 to 10,000 characters.' })
  @IsText(LIMITS.itemText)
  text: string;

  @Field(() => ItemSource, { defaultValue: ItemSource.EXTERNAL_CUSTOMER })
  @IsIn(PUBLIC_SOURCES, { message: 'source must be external_customer or internal_customer' })
  source: ItemSource;

  @Field(() => String, {
    nullable: true,
    description:
      'E-mail or phone, optional. Only a pseudonym derived from it is stored, to link repeat contacts.',
  })
  @IsOptional()
  @IsText(LIMITS.shortText)
  contact?: string | null;
}

@ObjectType()
export class CustomerReceipt {
  @Field({ description: 'A reference the customer can quote.' })
  reference: string;

  @Field()
  receivedAt: Date;
}

@InputType({ description: "A staff member's pulse: workload, and what gets in the way." })
export class SubmitStaffPulseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId: string;

  @Field(() => Int, { description: '1 (light) to 5 (overwhelming).' })
  @IsInt({ message: 'workload must be a whole number from 1 to 5' })
  @Min(1, { message: 'workload must be a whole number from 1 to 5' })
  @Max(5, { message: 'workload must be a whole number from 1 to 5' })
  workload: number;

  @Field(() => String, { nullable: true, description: 'About the workload.' })
  @IsOptional()
  @IsText(LIMITS.itemText)
  workloadComment?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What gets in the way of serving customers.',
  })
  @IsOptional()
  @IsText(LIMITS.itemText)
  obstacles?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What customers ask for that we don't offer.",
  })
  @IsOptional()
  @IsText(LIMITS.itemText)
  customerRequests?: string | null;

  @Field({ description: 'Anonymous entries store no author and only the day.' })
  @IsBoolean({ message: 'anonymous must be true or false' })
  anonymous: boolean;
}

@ObjectType()
export class StaffPulseReceipt {
  @Field({ description: 'The day recorded (YYYY-MM-DD).' })
  submittedOn: string;

  @Field()
  anonymous: boolean;

  @Field(() => Int, { description: 'Feedback items created from the texts.' })
  itemsCreated: number;
}
