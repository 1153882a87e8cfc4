import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's options strictly; unknown options and stray arguments are usage errors. */
export function parseOptions<T extends OptionSpecs>(command: string, args: string[], options: T) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw usageError(`fulcrum ${command}: ${(error as Error).message}`);
  }
}

/** The value of a required string option, or a usage error naming it. */
export function required(command: string, values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '')
    throw usageError(`fulcrum ${command}: --${name} is required`);
  return value;
}

export function delimiterOf(command: string, value: unknown): string {
  if (value === undefined) return ',';
  const delimiter = value === '\\t' ? '\t' : String(value);
  if (delimiter.length !== 1)
    throw usageError(`fulcrum ${command}: --delimiter must be one character, got "${delimiter}"`);
  return delimiter;
}
