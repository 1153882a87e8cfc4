import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { InsightFilterInput } from '../read-model/scope.types';

@InputType()
export class ImprovementImpactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be an id' })
  actionId: string;

  @Field(() => Int, {
    defaultValue: 12,
    description:
      'Weeks before the action started and after it was done (4 to 52); the after window ends now at the latest.',
  })
  @IsInt()
  @Min(4)
  @Max(52)
  weeks: number;

  @Field(() => InsightFilterInput, {
    nullable: true,
    description: 'Narrows both the treated and the control items (kinds, channels …).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => InsightFilterInput)
  filter?: InsightFilterInput;
}
