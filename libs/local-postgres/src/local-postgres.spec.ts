import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const scenarioArgs = (name: string, root: string, ...rest: string[]) => [
  '--require',
  'tsx/cjs',
  join(__dirname, '../test/scenario.ts'),
  name,
  root,
  ...rest,
];
const scenarioEnv = {
  ...process.env,
  TSX_TSCONFIG_PATH: join(__dirname, '../../../tsconfig.base.json'),
};

/** Runs test/scenario.ts in its own Node process (real PostgreSQL) and returns its JSON. */
async function scenario(name: string, root: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, scenarioArgs(name, root), { env: scenarioEnv });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
}

describe('startLocalPostgres', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fulcrum-local-pg-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('initialises a cluster on first use, creates the database and keeps the data across restarts', async () => {
    const result = await scenario('restart', root);
    expect(result.rows).toEqual([{ value: 42 }]);
    expect(result.url).toMatch(/^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/fulcrum_spec$/);
  });

  it('starts after a crash that left a lock file naming a process that is gone', async () => {
    expect(await scenario('staleLock', root)).toEqual({ rows: [{ ok: 1 }] });
  });

  it('starts when the lock names a live process that is not its server (a pid reused after a reboot), leaving it alone', async () => {
    expect(await scenario('lockOfAnotherProgram', root)).toEqual({ rows: [{ ok: 1 }] });
  });

  it('refuses a data folder another running server holds, saying which process', async () => {
    expect((await scenario('busy', root)).error).toMatch(
      /in use by process \d+ \(Fulcrum process \d+\); stop it first/,
    );
  });

  it('restores a backup, made online or offline, into a fresh folder with the same rows', async () => {
    const result = await scenario('backupRestore', root);
    expect(result).toMatchObject({
      expectedRows: 5000,
      onlineMatches: true,
      offlineRows: 5001,
      offlineHasLateRow: true,
    });
    console.info(`backup and restore: ${JSON.stringify(result.online)}`);
  }, 150_000);

  describe('after its owner was killed with SIGKILL', () => {
    let crashRoot: string;
    beforeEach(async () => {
      crashRoot = await mkdtemp(join(tmpdir(), 'fulcrum-local-pg-crash-'));
    });
    afterEach(() => rm(crashRoot, { recursive: true, force: true }));

    it('the server stops with its owner, and the next start succeeds with the data kept', async () => {
      const serverPid = await holdThenKill(crashRoot, true);
      const killedAt = Date.now();
      await expect(waitUntilGone(serverPid, 10_000)).resolves.toBe(true);
      const goneMs = Date.now() - killedAt;
      const again = await scenario('startAgain', crashRoot);
      expect(again.rows).toEqual([{ value: 7 }]);
      console.info(
        `server gone ${goneMs} ms after its owner's SIGKILL; next start ${String(again.startMs)} ms`,
      );
    });

    it('the next start stops an orphan whose owner is dead, and keeps the data', async () => {
      const serverPid = await holdThenKill(crashRoot, false);
      expect(isAlive(serverPid)).toBe(true);
      const again = await scenario('startAgain', crashRoot);
      expect(again.rows).toEqual([{ value: 7 }]);
      console.info(`start that stopped the orphan first: ${String(again.startMs)} ms`);
      expect(isAlive(serverPid)).toBe(false);
    });
  });
});

/** Runs the `hold` scenario, waits for its server to be up, SIGKILLs it; returns the server pid. */
async function holdThenKill(root: string, dieWithOwner: boolean): Promise<number> {
  const owner = spawn(process.execPath, scenarioArgs('hold', root, String(dieWithOwner)), {
    env: scenarioEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    let output = '';
    owner.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.split('\n')[0]);
    });
    owner.once('exit', (code) => reject(new Error(`hold exited early (${code})`)));
  });
  const exited = new Promise((resolve) => owner.once('exit', resolve));
  owner.kill('SIGKILL');
  await exited;
  return (JSON.parse(firstLine) as { serverPid: number }).serverPid;
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
