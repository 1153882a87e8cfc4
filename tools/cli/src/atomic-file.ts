import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError } from './cli-error';

/**
 * Writes to a temporary file beside the target and renames it into place on `commit`,
 * so a failed run never leaves a half-written output.
 */
export class AtomicFile {
  private readonly temporary: string;
  private readonly stream: WriteStream;

  constructor(private readonly path: string) {
    this.temporary = `${path}.${process.pid}.partial`;
    this.stream = createWriteStream(this.temporary);
  }

  /** Writes a chunk, waiting when the stream asks for back-pressure. */
  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
    renameSync(this.temporary, this.path);
  }

  discard(): void {
    this.stream.destroy();
    rmSync(this.temporary, { force: true });
  }

  /** Opens the file, turning "cannot create" into a clear error naming the option. */
  static async open(path: string, option: string): Promise<AtomicFile> {
    const file = new AtomicFile(path);
    try {
      await once(file.stream, 'open');
    } catch (error) {
      throw new CliError(
        `${option} ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    return file;
  }
}
