import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { Channel, ItemKind, ItemSource, Priority } from '../../items/item.enums';

export const CSV_LIMITS = { characters: 5_000_000, rows: 5_000, reportedErrors: 1_000 } as const;

/** The fields an import can fill, each named by the CSV header that holds it. */
export const MAPPABLE_FIELDS = [
  'externalId',
  'text',
  'receivedAt',
  'kind',
  'source',
  'channel',
  'team',
  'policy',
  'customerRef',
  'priority',
  'status',
  'viability',
  'satisfaction',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

@InputType({
  description:
    'Which CSV column (by header) holds each field. Unnamed fields are looked up by common header names.',
})
export class CsvColumnMappingInput implements Partial<Record<MappableField, string>> {
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) externalId?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) text?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) receivedAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) kind?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) source?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) channel?: string;
  @Field({ nullable: true, description: 'Team name.' })
  @IsOptional()
  @IsText(LIMITS.shortText)
  team?: string;
  @Field({ nullable: true, description: 'Policy name or alias.' })
  @IsOptional()
  @IsText(LIMITS.shortText)
  policy?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) customerRef?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) priority?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) status?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) viability?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) satisfaction?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) firstResponseAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) resolvedAt?: string;
  @Field({ nullable: true }) @IsOptional() @IsText(LIMITS.shortText) closedAt?: string;
}

@InputType({ description: 'Values for rows whose column is missing or empty.' })
export class CsvDefaultsInput {
  @Field(() => ItemKind, { nullable: true }) @IsOptional() @IsEnum(ItemKind) kind?: ItemKind;
  @Field(() => ItemSource, { nullable: true })
  @IsOptional()
  @IsEnum(ItemSource)
  source?: ItemSource;
  @Field(() => Channel, { nullable: true }) @IsOptional() @IsEnum(Channel) channel?: Channel;
  @Field(() => Priority, { nullable: true }) @IsOptional() @IsEnum(Priority) priority?: Priority;
}

@InputType()
export class ImportItemsCsvInput {
  @Field({
    description: `CSV text with a header row; at most ${CSV_LIMITS.rows.toLocaleString('en')} rows and 5,000,000 characters.`,
  })
  @IsString()
  @MaxLength(CSV_LIMITS.characters, {
    message: 'csv may hold at most 5,000,000 characters; split the file (the CLI does)',
  })
  csv: string;

  @Field({
    description:
      'The system the export comes from, e.g. "zendesk"; with the id column it makes re-imports idempotent.',
  })
  @IsText(LIMITS.shortText)
  system: string;

  @Field(() => CsvColumnMappingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CsvColumnMappingInput)
  mapping?: CsvColumnMappingInput;

  @Field(() => CsvDefaultsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CsvDefaultsInput)
  defaults?: CsvDefaultsInput;

  @Field(() => Int, {
    defaultValue: 1,
    description:
      'Line number of the header in the original file, for uploads in parts: a record on line n of this csv is reported as line headerLine - 1 + n.',
  })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  headerLine: number;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file where the row starts.' })
  line: number;

  @Field({ description: 'The CSV column (header) at fault, or the field when no column holds it.' })
  column: string;

  @Field({
    description:
      'The rule broken, as validation errors name it: required, isEnum, isDateTime, timeRange, isInt, exists, noControlCharacters, maxLength, …',
  })
  rule: string;

  @Field()
  message: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int)
  rowsRead: number;

  @Field(() => Int, { description: 'New items stored.' })
  imported: number;

  @Field(() => Int, { description: 'Rows whose id was imported before; not stored again.' })
  alreadyImported: number;

  @Field(() => Int, { description: 'Rows with errors; nothing of them is stored.' })
  rejected: number;

  @Field(() => [ImportRowError], {
    description: `The first ${CSV_LIMITS.reportedErrors.toLocaleString('en')} errors.`,
  })
  errors: ImportRowError[];

  @Field(() => [ImportRowError], {
    description: `What stored rows lost, e.g. a group with no Fulcrum team (stored without one); the first ${CSV_LIMITS.reportedErrors.toLocaleString('en')}.`,
  })
  warnings: ImportRowError[];
}
