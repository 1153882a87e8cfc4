import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** The input of mutations that only name a record. */
@InputType()
export class IdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}
