/** An error the user can fix: printed without a stack trace, with the exit code it maps to. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    /** 2: the command line is wrong; 1: a file or its contents are wrong. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(`${message} (see --help)`, 2);
