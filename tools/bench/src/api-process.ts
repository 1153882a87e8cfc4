import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** Kills the process outright (as the OOM killer would) and waits for it to be gone. */
  kill(): Promise<void>;
  /** Everything the process printed so far, for reading after a failure. */
  output(): string;
}

const ROOT = join(__dirname, '../../..');

/**
 * Node options for the API process only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile
 * it under a benchmark (Node refuses `--cpu-prof` in NODE_OPTIONS).
 */
const API_NODE_ARGS = (process.env.FULCRUM_BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);

/** Starts the built API (dist/node) as its own process, as a user would, and waits until it listens. */
export function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...API_NODE_ARGS, '--enable-source-maps', 'dist/node/apps/api/src/main.js'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        FULCRUM_DASHBOARD_DIR: '/nonexistent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A runner that dies must not leave its API behind (the API's own watchdog stops PostgreSQL).
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/localhost:\d+)/.exec(output);
      if (ready) {
        child.stdout?.off('data', onData);
        child.stdout?.on('data', (more: Buffer) => (output += more.toString()));
        const signal = (name: NodeJS.Signals) => () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(name);
          });
        resolve({
          url: ready[1].replace('localhost', '127.0.0.1'),
          pid: child.pid ?? 0,
          stop: signal('SIGINT'),
          kill: signal('SIGKILL'),
          output: () => output,
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The API exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
