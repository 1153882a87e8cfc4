import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { maySendStaffReports } from '../../auth/item-scope';
import type { Principal } from '../../auth/principal';
import { invalidField } from '../../common/domain-error';
import { hasControlCharacters } from '../../common/input-rules';
import { toFieldProblems } from '../../common/validation';
import { ItemSource } from '../../items/item.enums';
import { SubmitItemInput } from '../dto/submit-item.input';
import { IntakeService } from '../intake.service';
import { enumValue, integerValue, timestampValue } from './cell-values';
import { resolveColumns } from './column-mapping';
import type { HelpdeskSystem } from './helpdesk/helpdesk-system';
import { helpdeskSystem, translateCell } from './helpdesk/helpdesk-systems';
import {
  CSV_LIMITS,
  type ImportItemsCsvInput,
  type ImportReport,
  type ImportRowError,
  type MappableField,
} from './csv-import.types';

interface ParsedRow {
  line: number;
  cells: string[];
}

/** The mapping field a validation error is about (`teamId` comes from the team column). */
const VALIDATED_AS: Record<string, string> = {
  teamId: 'team',
  policyId: 'policy',
  externalSource: 'system',
};
const mappableFieldOf = (field: string) => VALIDATED_AS[field] ?? field;

/** The defaults the caller gave, without the ones left out (which must not hide a helpdesk's). */
const definedValues = (values: object | undefined) =>
  Object.fromEntries(Object.entries(values ?? {}).filter(([, value]) => value != null));

const ENUM_FIELDS = ['kind', 'source', 'channel', 'priority', 'status', 'viability'] as const;
const TIME_FIELDS = ['receivedAt', 'firstResponseAt', 'resolvedAt', 'closedAt'] as const;

/**
 * Imports a helpdesk export: maps columns (and a known helpdesk's own words and defaults),
 * validates each row with the same rules as the API, stores the valid rows (one transaction) and
 * reports every rejected row by line and column, and what a stored row lost as a warning.
 * Rows are keyed by (system, id column), so importing the same file again stores nothing twice.
 */
@Injectable()
export class CsvImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
  ) {}

  async import(input: ImportItemsCsvInput, principal: Principal): Promise<ImportReport> {
    const { headers, rows } = this.parse(input.csv, input.headerLine);
    const system = helpdeskSystem(input.system);
    const columns = resolveColumns(headers, input.mapping, system?.columns);
    const lookups = await this.lookups();
    const errors: ImportRowError[] = [];
    const warnings: ImportRowError[] = [];
    const accepted: { line: number; item: SubmitItemInput }[] = [];

    for (const row of rows) {
      const { item, problems, notes } = await this.toItem(
        row,
        columns,
        headers,
        { input, system },
        lookups,
      );
      warnings.push(...notes);
      if (item.source === ItemSource.STAFF && !maySendStaffReports(principal)) {
        const column = headers[columns.get('source') ?? -1] ?? 'source';
        problems.push({
          line: row.line,
          column,
          rule: 'staffReportsByPeople',
          message: "is staff, which is for staff members' own reports; an API key cannot send one",
        });
      }
      if (problems.length > 0) errors.push(...problems);
      else accepted.push({ line: row.line, item });
    }
    const stored =
      accepted.length > 0
        ? await this.intake.storeItems(
            accepted.map(({ item }) => item),
            principal,
            undefined,
            { staged: true },
          )
        : [];
    const imported = stored.filter((ref) => ref.created).length;
    const rejectedLines = new Set(errors.map((error) => error.line));
    return {
      rowsRead: rows.length,
      imported,
      alreadyImported: stored.length - imported,
      rejected: rejectedLines.size,
      errors: errors.slice(0, CSV_LIMITS.reportedErrors),
      warnings: warnings
        .filter((warning) => !rejectedLines.has(warning.line))
        .slice(0, CSV_LIMITS.reportedErrors),
    };
  }

  private parse(csv: string, headerLine: number): { headers: string[]; rows: ParsedRow[] } {
    let records: { record: string[]; raw: string; info: { lines: number } }[];
    try {
      records = parse(csv, {
        columns: false,
        info: true,
        raw: true,
        relax_column_count: true,
        skip_empty_lines: true,
        bom: true,
        trim: false,
      }) as unknown as typeof records;
    } catch (error) {
      throw invalidField('csv', 'csvSyntax', `csv is not valid CSV: ${(error as Error).message}`);
    }
    if (records.length === 0)
      throw invalidField('csv', 'header', 'csv must start with a header row');
    if (records.length - 1 > CSV_LIMITS.rows) {
      throw invalidField(
        'csv',
        'maxRows',
        `csv may hold at most ${CSV_LIMITS.rows.toLocaleString('en')} rows; split the file (the CLI does)`,
      );
    }
    const [header, ...body] = records;
    // csv-parse gives the line a record ends on; a quoted field can span lines and blank lines
    // are skipped (their breaks lead the next record's raw text), so the start is the end less
    // the line breaks inside the record itself.
    const startLine = ({ raw, info }: (typeof records)[number]) =>
      info.lines - (raw.replace(/^(\r?\n)+|\r?\n$/g, '').match(/\n/g)?.length ?? 0);
    const rows = body.map((record) => ({
      line: headerLine - 1 + startLine(record),
      cells: record.record,
    }));
    return { headers: header.record.map((name) => name.trim()), rows };
  }

  private async lookups(): Promise<{ teams: Map<string, string>; policies: Map<string, string> }> {
    const teams: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM teams',
    );
    const policies: { id: string; name: string; aliases: string[] }[] = await this.dataSource.query(
      'SELECT id, name, aliases FROM policies',
    );
    const norm = (name: string) => name.trim().toLowerCase();
    return {
      teams: new Map(teams.map((team) => [norm(team.name), team.id])),
      policies: new Map(
        policies.flatMap((policy) =>
          [policy.name, ...policy.aliases].map((name) => [norm(name), policy.id]),
        ),
      ),
    };
  }

  private async toItem(
    row: ParsedRow,
    columns: Map<MappableField, number>,
    headers: string[],
    { input, system }: { input: ImportItemsCsvInput; system?: HelpdeskSystem },
    lookups: { teams: Map<string, string>; policies: Map<string, string> },
  ): Promise<{ item: SubmitItemInput; problems: ImportRowError[]; notes: ImportRowError[] }> {
    const problems: ImportRowError[] = [];
    const notes: ImportRowError[] = [];
    const columnOf = (field: string) => {
      const index = columns.get(field as MappableField);
      return index === undefined ? field : headers[index];
    };
    const report = (field: string, rule: string, message: string) =>
      problems.push({ line: row.line, column: columnOf(field), rule, message });
    // A cell with a control character (NUL cannot even be stored) rejects its row, not the file.
    const unusable = new Set<MappableField>();
    for (const [field, index] of columns) {
      if (hasControlCharacters(row.cells[index] ?? '')) {
        unusable.add(field);
        report(
          field,
          'noControlCharacters',
          'must not contain control characters (only tab and line breaks)',
        );
      }
    }
    const cell = (field: MappableField) => {
      const index = columns.get(field);
      const value = index === undefined || unusable.has(field) ? '' : (row.cells[index] ?? '');
      return value.trim() === '' ? undefined : value;
    };

    const plain: Record<string, unknown> = {
      ...system?.defaults,
      ...definedValues(input.defaults),
      externalSource: input.system.trim(),
      externalId: cell('externalId')?.trim(),
      text: cell('text'),
      customerRef: cell('customerRef')?.trim(),
    };
    for (const field of ENUM_FIELDS) {
      const value = cell(field);
      if (value === undefined) continue;
      const translated =
        field === 'source' || field === 'viability'
          ? undefined
          : translateCell(system, field, value);
      if (translated?.value === null) continue;
      const parsed = enumValue(field, String(translated?.value ?? value));
      if ('error' in parsed) report(field, parsed.rule, parsed.error);
      else plain[field] = parsed.value;
    }
    for (const field of TIME_FIELDS) {
      const value = cell(field);
      if (value === undefined) continue;
      const parsed = timestampValue(value);
      if ('error' in parsed) report(field, parsed.rule, parsed.error);
      else plain[field] = parsed.value;
    }
    const satisfaction = cell('satisfaction');
    const score =
      satisfaction === undefined ? undefined : translateCell(system, 'satisfaction', satisfaction);
    if (score) plain.satisfaction = score.value;
    else if (satisfaction !== undefined) {
      const parsed = integerValue(satisfaction);
      if ('error' in parsed) report('satisfaction', parsed.rule, parsed.error);
      else plain.satisfaction = parsed.value;
    }
    // An unknown team is a helpdesk group Fulcrum has no team for: the row is stored without one.
    const team = cell('team');
    const teamId = team === undefined ? undefined : lookups.teams.get(team.trim().toLowerCase());
    if (teamId) plain.teamId = teamId;
    else if (team !== undefined)
      notes.push({
        line: row.line,
        column: columnOf('team'),
        rule: 'exists',
        message: `"${team}" is not a known team; stored without a team`,
      });
    const policy = cell('policy');
    if (policy !== undefined) {
      const id = lookups.policies.get(policy.trim().toLowerCase());
      if (id) plain.policyId = id;
      else report('policy', 'exists', `"${policy}" is not a known policy`);
    }
    if (
      plain.receivedAt === undefined &&
      !problems.some((problem) => problem.column === columnOf('receivedAt'))
    ) {
      report('receivedAt', 'required', 'is empty; every row needs the time it was received');
    }
    for (const [field, label] of [
      ['kind', 'kind'],
      ['source', 'source'],
      ['channel', 'channel'],
    ] as const) {
      if (
        plain[field] === undefined &&
        !problems.some((problem) => problem.column === columnOf(field))
      ) {
        report(field, 'required', `is empty and no default ${label} was given`);
      }
    }

    const item = plainToInstance(SubmitItemInput, plain);
    if (problems.length === 0) {
      for (const problem of toFieldProblems(
        await validate(item, { whitelist: true, forbidNonWhitelisted: true }),
      )) {
        report(
          mappableFieldOf(problem.field),
          problem.rule,
          problem.message.replace(new RegExp(`^${problem.field} `), ''),
        );
      }
    }
    return { item, problems, notes };
  }
}
