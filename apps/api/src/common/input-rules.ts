import {
  type GraphQLArgument,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { FieldProblem } from './domain-error';

// The rules every input value meets, whatever operation it comes with (see the README's input
// rules): ids are UUIDs, text holds no control characters but tab and line breaks, and times lie
// in a range the product can mean. Checked before any resolver runs, so a malformed value never
// reaches the database.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 controls and DEL, except \t \n \r: NUL cannot be stored by PostgreSQL, and the others have no
// business in feedback text or names.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const TIME_RANGE = {
  earliest: new Date('2000-01-01T00:00:00Z'),
  /** Exclusive; beyond it PostgreSQL and the period arithmetic stop making sense. */
  latest: new Date('2100-01-01T00:00:00Z'),
} as const;

/** Inputs checked by their own code instead: a CSV file is judged row by row, never whole. */
const CHECKED_ELSEWHERE = new Set(['ImportItemsCsvInput.csv']);

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

export function timeRangeProblem(field: string, value: Date): FieldProblem | undefined {
  const time = value.getTime();
  return Number.isNaN(time) ||
    time < TIME_RANGE.earliest.getTime() ||
    time >= TIME_RANGE.latest.getTime()
    ? {
        field,
        rule: 'timeRange',
        message: `${field} must be a date and time from 2000-01-01 to 2099-12-31 (ISO 8601, e.g. 2026-03-02T09:30:00Z)`,
      }
    : undefined;
}

/**
 * The broken rules in a field's arguments. Paths are named as the validation pipe names them:
 * inside a mutation's one `input` argument from its fields (`items[3].text`), else from the
 * argument (`id`, `filter.teamIds[1]`).
 */
export function argumentProblems(
  definitions: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): FieldProblem[] {
  return definitions.flatMap((argument) =>
    valueProblems(
      argument.type,
      values[argument.name],
      argument.name === 'input' ? '' : argument.name,
    ),
  );
}

function valueProblems(type: GraphQLInputType, value: unknown, path: string): FieldProblem[] {
  if (value == null) return [];
  if (isNonNullType(type)) return valueProblems(type.ofType, value, path);
  if (isListType(type)) {
    return Array.isArray(value)
      ? value.flatMap((element, index) => valueProblems(type.ofType, element, `${path}[${index}]`))
      : valueProblems(type.ofType, value, path);
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    return Object.values(type.getFields()).flatMap((field) =>
      CHECKED_ELSEWHERE.has(`${type.name}.${field.name}`)
        ? []
        : valueProblems(
            field.type,
            record[field.name],
            path ? `${path}.${field.name}` : field.name,
          ),
    );
  }
  return scalarProblems(type.name, value, path);
}

function scalarProblems(typeName: string, value: unknown, field: string): FieldProblem[] {
  const problems: (FieldProblem | undefined)[] = [];
  if (typeof value === 'string' && hasControlCharacters(value)) {
    problems.push({
      field,
      rule: 'noControlCharacters',
      message: `${field} must not contain control characters (only tab and line breaks are allowed)`,
    });
  }
  if (typeName === 'ID' && typeof value === 'string' && !UUID.test(value)) {
    problems.push({ field, rule: 'isUuid', message: `${field} must be an id (a UUID)` });
  }
  if (value instanceof Date) problems.push(timeRangeProblem(field, value));
  return problems.filter((problem): problem is FieldProblem => problem !== undefined);
}
