import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EnumListFilter, IdListFilter } from '../../common/list-filter-fields';
import { IsText, LIMITS, NotBefore } from '../../common/validation';
import { Channel, ItemKind, ItemSource, ItemStatus, FlagType, SentimentLabel } from '../item.enums';
import { Item } from '../item.entity';

/** A search counts its matches up to here: enough to page through, cheap for a common word. */
export const SEARCH_COUNT_LIMIT = 1_000;

@InputType({ description: 'Every condition given must hold; lists match any of their values.' })
export class ItemFilterInput {
  @EnumListFilter(ItemKind)
  kinds?: ItemKind[];

  @EnumListFilter(ItemSource)
  sources?: ItemSource[];

  @EnumListFilter(Channel)
  channels?: Channel[];

  @EnumListFilter(ItemStatus)
  statuses?: ItemStatus[];

  @IdListFilter()
  teamIds?: string[];

  @IdListFilter({
    description: 'Linked to any of these policies, explicitly or by a mention the analysis found.',
  })
  policyIds?: string[];

  @IdListFilter({ description: 'Tagged with any of these themes.' })
  themeIds?: string[];

  @EnumListFilter(FlagType, { description: 'With any of these warning signs or protocol cues.' })
  flags?: FlagType[];

  @EnumListFilter(SentimentLabel)
  sentiments?: SentimentLabel[];

  @Field({ nullable: true, description: 'Received at or after.' })
  @IsOptional()
  receivedFrom?: Date;

  @Field({ nullable: true, description: 'Received before.' })
  @IsOptional()
  @NotBefore('receivedFrom')
  receivedTo?: Date;

  @Field({
    nullable: true,
    description:
      'Whole words the masked text contains, in any case (analysed items only); "quoted words" must occur together in that order. At least one word with a letter or a digit.',
  })
  @IsOptional()
  @IsText(LIMITS.shortText)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsText(LIMITS.shortText)
  customerRef?: string;
}

@ArgsType()
export class ItemsArgs {
  @Field(() => ItemFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ItemFilterInput)
  filter?: ItemFilterInput;

  @Field(() => Int, { defaultValue: 25, description: `Page size, 1 to ${LIMITS.pageSize}.` })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(LIMITS.pageSize, { message: `first must be at most ${LIMITS.pageSize}` })
  first: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText)
  after?: string;

  @Field({
    defaultValue: false,
    description:
      'Oldest received first (the longest waiting at the top of a work list); newest first when false. A cursor pages on in the order it came from.',
  })
  @IsBoolean()
  oldestFirst: boolean;
}

@ObjectType()
export class ItemPage {
  @Field(() => [Item], { description: 'Newest first, or oldest first when asked.' })
  nodes: Item[];

  @Field(() => Int, {
    description: `Items matching the filter, on every page. A search counts at most ${SEARCH_COUNT_LIMIT.toLocaleString('en')} (see totalCountIsLowerBound).`,
  })
  totalCount: number;

  @Field({
    description: `True when a search matches more than ${SEARCH_COUNT_LIMIT.toLocaleString('en')} items: say "more than totalCount", and page on with hasNextPage.`,
  })
  totalCountIsLowerBound: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}
