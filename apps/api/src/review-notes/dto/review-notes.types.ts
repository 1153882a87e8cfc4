import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who saved the review notes last.' })
export class ReviewNoteEditor {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
