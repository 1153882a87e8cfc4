import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError } from './cli-error';

/** Where a command's output goes: written chunk by chunk, then kept or thrown away. */
export interface OutputSink {
  write(chunk: string): Promise<void>;
  commit(): Promise<void>;
  discard(): void;
}

/**
 * Writes to a temporary file beside the target and renames it into place on `commit`,
 * so a failed run never leaves a half-written output. Only for regular files (or new paths):
 * renaming over a device or a FIFO would replace it with a plain file.
 */
export class AtomicFile implements OutputSink {
  private readonly temporary: string;
  private readonly stream: WriteStream;

  constructor(private readonly path: string) {
    this.temporary = `${path}.${process.pid}.partial`;
    this.stream = createWriteStream(this.temporary);
  }

  /** Writes a chunk, waiting when the stream asks for back-pressure. */
  async write(chunk: string): Promise<void> {
    await writeChunk(this.stream, chunk);
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
    await opened(file.stream, path, option);
    return file;
  }
}

/** Writes straight into an existing character device or FIFO (`/dev/null`, a pipe), in place. */
class DirectOutput implements OutputSink {
  constructor(private readonly stream: WriteStream) {}

  async write(chunk: string): Promise<void> {
    await writeChunk(this.stream, chunk);
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }

  // What a device or pipe has already received cannot be taken back.
  discard(): void {
    this.stream.destroy();
  }
}

// Standard output cannot be replaced atomically; it is written as results come.
const standardOutput: OutputSink = {
  write: async (chunk) => {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  },
  commit: async () => undefined,
  discard: () => undefined,
};

/**
 * The sink for an `--out` value: `-` is standard output, an existing non-regular file (a
 * character device, a FIFO) is written in place, anything else is replaced atomically.
 */
export async function openOutput(path: string, option: string): Promise<OutputSink> {
  if (path === '-') return standardOutput;
  // statSync follows symbolic links: a link to /dev/null is written through, not replaced.
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing === undefined || existing.isFile()) return AtomicFile.open(path, option);
  if (existing.isDirectory()) throw new CliError(`${option} ${path}: is a folder, not a file`);
  const stream = createWriteStream(path, { flags: 'w' });
  await opened(stream, path, option);
  return new DirectOutput(stream);
}

async function writeChunk(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function opened(stream: WriteStream, path: string, option: string): Promise<void> {
  try {
    await once(stream, 'open');
  } catch (error) {
    throw new CliError(
      `${option} ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
