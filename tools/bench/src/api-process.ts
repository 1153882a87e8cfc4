import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ApiProcess {
  url: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '../../..');

/** Starts the built API (dist/node) as its own process, as a user would, and waits until it listens. */
export function startApi(env: Record<string, string>): Promise<ApiProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', 'dist/node/apps/api/src/main.js'],
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
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/localhost:\d+)/.exec(output);
      if (ready) {
        child.stdout?.off('data', onData);
        resolve({
          url: ready[1],
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGINT');
            }),
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
