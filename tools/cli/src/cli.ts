import { CliError, usageError } from './cli-error';
import { analyze } from './commands/analyze';
import { importCsv } from './commands/import';
import { train } from './commands/train';
import { MAIN_HELP } from './usage';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  train,
  analyze,
  import: importCsv,
};

/** Runs one command line; resolves to the process exit code. */
export async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(MAIN_HELP);
      return command === undefined ? 2 : 0;
    }
    const handler = COMMANDS[command];
    if (handler === undefined)
      throw usageError(`fulcrum: unknown command "${command}"; use train, analyze or import`);
    await handler(rest);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(
        `${error.message.startsWith('fulcrum') ? '' : 'fulcrum: '}${error.message}\n`,
      );
      return error.exitCode;
    }
    throw error;
  }
}
