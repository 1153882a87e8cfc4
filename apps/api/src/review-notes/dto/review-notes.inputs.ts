import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { IsDay } from '../../common/validation';

/** Enough for a review's decisions, and what the dashboard's field counts down from. */
export const REVIEW_NOTES_MAX_CHARACTERS = 20_000;

const FROM = 'First day of the review period (YYYY-MM-DD, UTC), included.';
const TO = 'The day after the review period (YYYY-MM-DD, UTC), not included; after from.';

const isDayLike = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A YYYY-MM-DD day later than the sibling day named (the review period is never empty). */
function IsDayAfter(sibling: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'after',
      target: target.constructor,
      propertyName: String(property),
      constraints: [sibling],
      options: { message: `$property must be after ${sibling}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[sibling];
          // Malformed days are IsDay's to report; YYYY-MM-DD strings sort as days do.
          return !isDayLike(value) || !isDayLike(other) || value > other;
        },
      },
    });
}

@ArgsType()
export class ReviewNotesArgs {
  @Field({ description: FROM })
  @IsDay()
  from: string;

  @Field({ description: TO })
  @IsDay()
  @IsDayAfter('from')
  to: string;
}

@InputType()
export class SaveReviewNotesInput {
  @Field({ description: FROM })
  @IsDay()
  from: string;

  @Field({ description: TO })
  @IsDay()
  @IsDayAfter('from')
  to: string;

  @Field({
    description: `The whole notes, at most ${REVIEW_NOTES_MAX_CHARACTERS.toLocaleString('en')} characters; empty (or only spaces) clears them.`,
  })
  @IsString({ message: 'text must be text' })
  @MaxLength(REVIEW_NOTES_MAX_CHARACTERS, {
    message: `text must be at most ${REVIEW_NOTES_MAX_CHARACTERS.toLocaleString('en')} characters`,
  })
  text: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the text was edited from; null when there were no notes yet. A save on top of a newer version is refused (CONFLICT).',
  })
  @IsOptional()
  @IsInt({ message: 'expectedVersion must be a whole number' })
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion?: number | null;
}
