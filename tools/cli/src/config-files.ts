import { readFileSync } from 'node:fs';
import {
  ModelFormatError,
  SENTIMENT_MODEL_FORMAT,
  SentimentModel,
  THEME_MODEL_FORMAT,
  ThemeModel,
  type PolicyDefinition,
  type ThemeDefinition,
} from '@fulcrum/analysis';
import { assertReadableFile } from './csv-rows';
import { CliError } from './cli-error';

function readJson(path: string, option: string): unknown {
  assertReadableFile(path, option);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${option} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionalStrings(
  entry: Record<string, unknown>,
  field: string,
  where: string,
): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return `${where}.${field}: expected an array of strings`;
  const bad = value.findIndex((item) => typeof item !== 'string');
  return bad >= 0 ? `${where}.${field}[${bad}]: expected a string` : undefined;
}

// Checks a list of objects under `key`, each with a non-empty name and optional string arrays.
function checkNamedList<T>(
  json: unknown,
  key: string,
  arrays: readonly string[],
  optionalText: readonly string[],
): Checked<T[]> {
  const list = isRecord(json) ? json[key] : undefined;
  if (!Array.isArray(list)) return { ok: false, problem: `expected {"${key}": [...]}` };
  for (const [index, entry] of list.entries()) {
    const where = `${key}[${index}]`;
    if (!isRecord(entry)) return { ok: false, problem: `${where}: expected an object` };
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      return { ok: false, problem: `${where}.name: expected a non-empty string` };
    for (const field of optionalText) {
      if (entry[field] !== undefined && typeof entry[field] !== 'string')
        return { ok: false, problem: `${where}.${field}: expected a string` };
    }
    for (const field of arrays) {
      const problem = optionalStrings(entry, field, where);
      if (problem !== undefined) return { ok: false, problem };
    }
  }
  return { ok: true, value: list as T[] };
}

export function loadTaxonomy(path: string): ThemeDefinition[] {
  const checked = checkNamedList<ThemeDefinition>(
    readJson(path, '--taxonomy'),
    'themes',
    ['keywords', 'examples', 'teams'],
    [],
  );
  if (!checked.ok) throw new CliError(`--taxonomy ${path}: ${checked.problem}`);
  return checked.value;
}

export function loadPolicies(path: string): PolicyDefinition[] {
  const checked = checkNamedList<PolicyDefinition>(
    readJson(path, '--policies'),
    'policies',
    ['aliases', 'teams'],
    ['id'],
  );
  if (!checked.ok) throw new CliError(`--policies ${path}: ${checked.problem}`);
  return checked.value;
}

export interface Models {
  themeModel?: ThemeModel;
  sentimentModel?: SentimentModel;
}

/** Loads theme and sentiment models, telling them apart by their format field. */
export function loadModels(paths: readonly string[]): Models {
  const models: Models = {};
  for (const path of paths) {
    const json = readJson(path, '--model');
    const format = isRecord(json) ? json.format : undefined;
    try {
      if (format === THEME_MODEL_FORMAT && models.themeModel === undefined)
        models.themeModel = ThemeModel.fromJson(json);
      else if (format === SENTIMENT_MODEL_FORMAT && models.sentimentModel === undefined)
        models.sentimentModel = SentimentModel.fromJson(json);
      else if (format === THEME_MODEL_FORMAT || format === SENTIMENT_MODEL_FORMAT)
        throw new CliError(
          `--model ${path}: a second ${String(format)}; give at most one of each kind`,
        );
      else
        throw new CliError(
          `--model ${path}: not a model written by "fulcrum train" (format ${JSON.stringify(format)})`,
        );
    } catch (error) {
      if (error instanceof ModelFormatError)
        throw new CliError(`--model ${path}: ${error.message}`);
      throw error;
    }
  }
  return models;
}
