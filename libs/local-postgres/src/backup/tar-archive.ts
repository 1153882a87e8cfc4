import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { createGunzip, createGzip } from 'node:zlib';

// A gzip-compressed tar (ustar) of a data folder, so a backup is one file any `tar -xzf` can
// open. Only what a PostgreSQL data folder holds is supported: folders and regular files with
// short relative names.

const BLOCK = 512;

export interface ArchiveEntry {
  path: string;
  mode: number;
  /** Absent for a folder. */
  data?: Buffer;
}

export interface ArchiveWriter {
  add(entry: ArchiveEntry): Promise<void>;
  close(): Promise<void>;
}

export function createArchive(file: string): ArchiveWriter {
  const gzip = createGzip();
  const output = createWriteStream(file, { mode: 0o600 });
  const finished = once(output, 'close');
  gzip.pipe(output);
  const write = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  return {
    add: async ({ path, mode, data }) => {
      await write(header(path, mode, data));
      if (!data) return;
      await write(data);
      const padding = (BLOCK - (data.length % BLOCK)) % BLOCK;
      if (padding) await write(Buffer.alloc(padding));
    },
    close: async () => {
      await write(Buffer.alloc(2 * BLOCK));
      gzip.end();
      await finished;
    },
  };
}

function header(path: string, mode: number, data: Buffer | undefined): Buffer {
  const name = data ? path : `${path}/`;
  if (Buffer.byteLength(name) > 100) throw new Error(`name too long for the archive: ${name}`);
  const block = Buffer.alloc(BLOCK);
  const put = (offset: number, length: number, value: string) =>
    block.write(value, offset, length, 'utf8');
  const octal = (value: number, length: number) =>
    value.toString(8).padStart(length - 1, '0') + '\0';
  put(0, 100, name);
  put(100, 8, octal(mode & 0o7777, 8));
  put(108, 8, octal(0, 8));
  put(116, 8, octal(0, 8));
  put(124, 12, octal(data?.length ?? 0, 12));
  put(136, 12, octal(Math.floor(Date.now() / 1000), 12));
  put(148, 8, ' '.repeat(8));
  put(156, 1, data ? '0' : '5');
  put(257, 8, 'ustar\u000000');
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  put(148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** Unpacks an archive made by `createArchive` into `folder`; returns how many files it wrote. */
export async function extractArchive(file: string, folder: string): Promise<number> {
  const target = (path: string) => {
    const relative = normalize(path);
    if (relative.startsWith('..') || relative.startsWith(sep)) {
      throw new Error(`the archive names a path outside its folder: ${path}`);
    }
    return join(folder, relative);
  };
  let pending = Buffer.alloc(0);
  let current:
    | { path: string; mode: number; remaining: number; padding: number; chunks: Buffer[] }
    | undefined;
  let files = 0;
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    // Only a partial block is ever left over, so this copies little.
    pending = Buffer.concat([pending, chunk as Buffer]);
    for (;;) {
      if (current && current.remaining > 0) {
        const take = Math.min(current.remaining, pending.length);
        if (take === 0) break;
        current.chunks.push(pending.subarray(0, take));
        pending = pending.subarray(take);
        current.remaining -= take;
      } else if (current && current.padding > 0) {
        const skip = Math.min(current.padding, pending.length);
        if (skip === 0) break;
        pending = pending.subarray(skip);
        current.padding -= skip;
      } else if (current) {
        const path = target(current.path);
        await mkdir(dirname(path), { recursive: true, mode: 0o700 });
        await writeFile(path, Buffer.concat(current.chunks), { mode: current.mode });
        files += 1;
        current = undefined;
      } else {
        if (pending.length < BLOCK) break;
        const block = pending.subarray(0, BLOCK);
        pending = pending.subarray(BLOCK);
        if (block.every((byte) => byte === 0)) continue;
        const text = (offset: number, length: number) =>
          block.toString('utf8', offset, offset + length).replace(/\0.*$/s, '');
        const path = text(0, 100);
        const mode = parseInt(text(100, 8), 8);
        if (text(156, 1) === '5') {
          await mkdir(target(path), { recursive: true, mode });
          continue;
        }
        const size = parseInt(text(124, 12), 8);
        const padding = (BLOCK - (size % BLOCK)) % BLOCK;
        current = { path, mode, remaining: size, padding, chunks: [] };
      }
    }
  }
  if (current) throw new Error(`the archive ends inside ${current.path}: it is truncated`);
  return files;
}
