import { applyDecorators } from '@nestjs/common';
import { Field, type FieldOptions, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LIMITS } from './validation';

// The filters of item lists and insight queries are optional lists matched by "any of"; every
// such list is bounded the same way and its values checked, so one decorator says all of it.

type ListFieldOptions = Pick<FieldOptions, 'description'>;

/** An optional list of at most LIMITS.listItems ids. */
export function IdListFilter(options: ListFieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => [ID], { nullable: true, ...options }),
    IsOptional(),
    ArrayMaxSize(LIMITS.listItems),
    IsUUID('all', { each: true, message: '$property must hold ids' }),
  );
}

/** An optional list of at most LIMITS.listItems values of a GraphQL enum. */
export function EnumListFilter(
  enumType: Record<string, string>,
  options: ListFieldOptions = {},
): PropertyDecorator {
  return applyDecorators(
    Field(() => [enumType], { nullable: true, ...options }),
    IsOptional(),
    ArrayMaxSize(LIMITS.listItems),
    IsEnum(enumType, { each: true }),
  );
}
