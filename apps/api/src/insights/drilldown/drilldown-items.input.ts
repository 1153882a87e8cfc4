import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LIMITS } from '../../common/validation';
import { Drilldown } from '../read-model/drilldown.types';

@InputType()
export class DrilldownItemsInput {
  @Field(() => Drilldown, { description: 'Any drilldown an insight query returned.' })
  @ValidateNested()
  @Type(() => Drilldown)
  drilldown: Drilldown;

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
}
