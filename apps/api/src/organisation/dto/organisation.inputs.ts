import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { ItemKind, Priority } from '../../items/item.enums';

const MAX_TERMS = 100;
const MAX_EXAMPLES = 500;
const MINUTES_PER_YEAR = 365 * 24 * 60;

@InputType()
export class CreateTeamInput {
  @Field()
  @IsText(LIMITS.shortText)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.description)
  description?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'staffCount must be a whole number' })
  @Min(0, { message: 'staffCount must be 0 or more' })
  @Max(100_000, { message: 'staffCount must be at most 100,000' })
  staffCount: number;
}

@InputType()
export class UpdateTeamInput extends PartialType(CreateTeamInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}

@InputType()
export class CreatePolicyInput {
  @Field()
  @IsText(LIMITS.shortText)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.description)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.shortText)
  owner?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_TERMS, { message: `aliases may hold at most ${MAX_TERMS} entries` })
  @IsText(LIMITS.shortText, { each: true })
  aliases?: string[];
}

@InputType()
export class UpdatePolicyInput extends PartialType(CreatePolicyInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}

@InputType()
export class CreateThemeInput {
  @Field()
  @IsText(LIMITS.shortText)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.description)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_TERMS, { message: `keywords may hold at most ${MAX_TERMS} entries` })
  @IsText(LIMITS.shortText, { each: true })
  keywords?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Labelled example texts for training; replaces the list.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EXAMPLES, { message: `examples may hold at most ${MAX_EXAMPLES} texts` })
  @IsText(LIMITS.description, { each: true })
  examples?: string[];
}

@InputType()
export class UpdateThemeInput extends PartialType(CreateThemeInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}

@InputType({ description: 'Creates or replaces the targets for one kind and priority.' })
export class SetServiceLevelInput {
  @Field(() => ItemKind)
  @IsEnum(ItemKind)
  kind: ItemKind;

  @Field(() => Priority)
  @IsEnum(Priority)
  priority: Priority;

  @Field(() => Int)
  @IsInt({ message: 'firstResponseMinutes must be a whole number' })
  @Min(1, { message: 'firstResponseMinutes must be at least 1' })
  @Max(MINUTES_PER_YEAR, { message: 'firstResponseMinutes must be at most a year' })
  firstResponseMinutes: number;

  @Field(() => Int)
  @IsInt({ message: 'resolutionMinutes must be a whole number' })
  @Min(1, { message: 'resolutionMinutes must be at least 1' })
  @Max(MINUTES_PER_YEAR, { message: 'resolutionMinutes must be at most a year' })
  resolutionMinutes: number;
}
