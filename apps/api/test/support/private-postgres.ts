import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const START_TIMEOUT_MS = 30_000;

export interface PrivatePostgres {
  url: string;
  /** Stops the server (fast shutdown); the data folder stays for `start`. */
  stop(): Promise<void>;
  /** Starts it again on the same folder and port, so the same URL reaches it. */
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  remove(): Promise<void>;
}

/** A server only this spec uses, which it may stop and start: for outage tests. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const root = await mkdtemp(join(tmpdir(), 'fulcrum-private-pg-'));
  const dataDir = join(root, 'postgres');
  let server = await spawnServer(dataDir);
  let running = true;
  const stop = async () => {
    if (!running) return;
    running = false;
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  };
  return {
    url: server.url,
    stop,
    start: async () => {
      server = await spawnServer(dataDir, server.port);
      running = true;
    },
    remove: async () => {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function spawnServer(
  dataDir: string,
  port?: number,
): Promise<{ child: ChildProcess; url: string; port: number }> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      'tsx/cjs',
      join(__dirname, 'private-postgres.process.ts'),
      dataDir,
      ...(port ? [String(port)] : []),
    ],
    {
      env: { ...process.env, TSX_TSCONFIG_PATH: join(__dirname, '../../../../tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const started = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('PostgreSQL did not start in time')),
      START_TIMEOUT_MS,
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url: string; port: number });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL process exited with ${code}`));
    });
  });
  return { child, ...started };
}
