import { ValidationPipe, type ValidationError } from '@nestjs/common';
import {
  IsString,
  MaxLength,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { type FieldProblem, invalidInput } from './domain-error';
import { timeRangeProblem } from './input-rules';

export const LIMITS = {
  itemText: 10_000,
  shortText: 200,
  description: 2_000,
  batchSize: 1_000,
  pageSize: 100,
  listItems: 50,
  /** Clock skew tolerated when rejecting timestamps in the future. */
  futureToleranceMs: 5 * 60_000,
} as const;

/** A non-blank string of at most `max` characters. */
export function IsText(max: number, options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) => {
    IsString({ message: '$property must be text', ...options })(target, property);
    MaxLength(max, {
      message: `$property must be at most ${max.toLocaleString('en')} characters`,
      ...options,
    })(target, property);
    NotBlank(options)(target, property);
  };
}

export function NotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: String(property),
      options: { message: '$property must not be empty', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' ? value.trim().length > 0 : Array.isArray(value),
      },
    });
}

/** Timestamps describe what already happened; a few minutes of clock skew are tolerated. */
export function NotInFuture(options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName: String(property),
      options: { message: '$property must not be in the future', ...options },
      validator: {
        validate: (value: unknown) =>
          !(value instanceof Date) || value.getTime() <= Date.now() + LIMITS.futureToleranceMs,
      },
    });
}

/** The decorated timestamp must not be earlier than the sibling property named. */
export function NotBefore(sibling: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: String(property),
      constraints: [sibling],
      options: { message: `$property must not be earlier than ${sibling}`, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[sibling];
          return (
            !(value instanceof Date) ||
            !(other instanceof Date) ||
            value.getTime() >= other.getTime()
          );
        },
      },
    });
}

/** Calendar day as YYYY-MM-DD that exists and is not after today (UTC). */
export function IsPastDay(options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isPastDay',
      target: target.constructor,
      propertyName: String(property),
      options: {
        message: '$property must be a date (YYYY-MM-DD) from 2000-01-01 that is not in the future',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          isDay(value) && value <= new Date().toISOString().slice(0, 10),
      },
    });
}

export function IsDay(options: ValidationOptions = {}): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isDay',
      target: target.constructor,
      propertyName: String(property),
      options: {
        message: '$property must be a date (YYYY-MM-DD) from 2000-01-01 to 2099-12-31',
        ...options,
      },
      validator: { validate: isDay },
    });
}

/** A calendar day that exists, within the global time range (see input-rules.ts). */
function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === value &&
    timeRangeProblem('day', parsed) === undefined
  );
}

/**
 * Flattens nested validation errors into `items[3].text`-style paths. A missing value gets one
 * "required" problem rather than one per rule it cannot meet.
 */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const own =
      error.value == null && constraints.length > 0
        ? [{ field, rule: 'required', message: `${field} is required` }]
        : constraints.map(([rule, message]) => ({
            field,
            rule,
            message: message.replace(error.property, field),
          }));
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/** The one strict pipe: unknown properties are errors, values are transformed to their types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => invalidInput(toFieldProblems(errors)),
  });
}
