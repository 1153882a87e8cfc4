import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { ItemEvent } from '../../items/item-event.entity';
import { ItemReceipt } from './intake.types';
import { SubmitItemInput } from './submit-item.input';

/** An exception to the item's policy, asked for at the point of contact. */
export enum ContactException {
  GRANTED = 'granted',
  REFUSED = 'refused',
}
registerEnumType(ContactException, { name: 'ContactException' });

@InputType({
  description:
    "A contact taken by phone, in person or by letter, with the exception to its policy decided then (the item's policyId names the policy).",
})
export class LogContactInput extends SubmitItemInput {
  @Field(() => ContactException, { nullable: true })
  @IsOptional()
  @IsEnum(ContactException, { message: '$property must be granted or refused' })
  exception?: ContactException | null;
}

@ObjectType()
export class LogContactReceipt extends ItemReceipt {
  @Field(() => ItemEvent, {
    nullable: true,
    description:
      'The exception recorded on the new item; null when none was decided or on a replay.',
  })
  exception: ItemEvent | null;
}
