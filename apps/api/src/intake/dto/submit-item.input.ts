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
import { IsText, LIMITS, NotBefore, NotInFuture } from '../../common/validation';
import {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from '../../items/item.enums';

@InputType({ description: 'One item as a helpdesk or a member of staff knows it.' })
export class SubmitItemInput {
  @Field(() => ItemKind)
  @IsEnum(ItemKind)
  kind: ItemKind;

  @Field(() => ItemSource)
  @IsEnum(ItemSource)
  source: ItemSource;

  @Field(() => Channel)
  @IsEnum(Channel)
  channel: Channel;

  @Field({ description: 'What the customer said, 1 to 10,000 characters.' })
  @IsText(LIMITS.itemText)
  text: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an id' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '$property must be an id' })
  policyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Pseudonymous customer reference; never a name.',
  })
  @IsOptional()
  @IsText(LIMITS.shortText)
  customerRef?: string | null;

  @Field(() => Priority, { nullable: true, defaultValue: Priority.NORMAL })
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority;

  @Field(() => ItemStatus, {
    nullable: true,
    description: 'Derived from the timestamps when omitted.',
  })
  @IsOptional()
  @IsEnum(ItemStatus)
  status?: ItemStatus | null;

  @Field(() => ViabilityDecision, { nullable: true })
  @IsOptional()
  @IsEnum(ViabilityDecision)
  viability?: ViabilityDecision | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '$property must be a whole number from 1 to 5' })
  @Min(1, { message: '$property must be a whole number from 1 to 5' })
  @Max(5, { message: '$property must be a whole number from 1 to 5' })
  satisfaction?: number | null;

  @Field({
    nullable: true,
    description: 'When the item arrived; now when omitted. Not in the future.',
  })
  @IsOptional()
  @NotInFuture()
  receivedAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @NotInFuture()
  @NotBefore('receivedAt')
  firstResponseAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @NotInFuture()
  @NotBefore('receivedAt')
  resolvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @NotInFuture()
  @NotBefore('receivedAt')
  @NotBefore('resolvedAt')
  closedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The item's id in its source system; with externalSource it makes resubmission idempotent.",
  })
  @ValidateIf((input: SubmitItemInput) => input.externalId != null || input.externalSource != null)
  @IsText(LIMITS.shortText, {
    message: '$property is required with externalSource, and must be text up to 200 characters',
  })
  externalId?: string | null;

  @Field(() => String, { nullable: true, description: 'The source system, e.g. "zendesk".' })
  @ValidateIf((input: SubmitItemInput) => input.externalId != null || input.externalSource != null)
  @IsText(LIMITS.shortText, {
    message: '$property is required with externalId, and must be text up to 200 characters',
  })
  externalSource?: string | null;
}

@InputType()
export class SubmitItemsInput {
  @Field(() => [SubmitItemInput], { description: '1 to 1,000 items, stored all or nothing.' })
  @ArrayMinSize(1, { message: 'items must hold at least 1 item' })
  @ArrayMaxSize(LIMITS.batchSize, {
    message: `items may hold at most ${LIMITS.batchSize.toLocaleString('en')} items`,
  })
  @ValidateNested({ each: true })
  @Type(() => SubmitItemInput)
  items: SubmitItemInput[];
}
