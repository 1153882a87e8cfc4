import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsDay, IsText, LIMITS } from '../../common/validation';
import { ActionStatus } from '../action.enums';

@InputType()
export class CreateActionInput {
  @Field()
  @IsText(LIMITS.shortText)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(LIMITS.description)
  description?: string | null;

  @Field()
  @IsText(LIMITS.shortText)
  owner: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'policyId must be an id' })
  policyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'themeId must be an id' })
  themeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be an id' })
  teamId?: string | null;

  @Field(() => ActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus)
  status?: ActionStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDay()
  startedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, not before startedOn; an abandoned action without one gets today.',
  })
  @IsOptional()
  @IsDay()
  doneOn?: string | null;
}

@InputType()
export class UpdateActionInput extends PartialType(CreateActionInput) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}

@InputType()
export class OpenActionsInput {
  @Field(() => ID, { description: 'The policy whose planned and under-way actions are wanted.' })
  @IsUUID('all', { message: 'policyId must be an id' })
  policyId: string;
}
