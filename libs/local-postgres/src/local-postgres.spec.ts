import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs test/scenario.ts in its own Node process (real PostgreSQL) and returns its JSON. */
async function scenario(name: string, root: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    process.execPath,
    ['--require', 'tsx/cjs', join(__dirname, '../test/scenario.ts'), name, root],
    {
      env: { ...process.env, TSX_TSCONFIG_PATH: join(__dirname, '../../../tsconfig.base.json') },
    },
  );
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

  it('refuses a data folder another running server holds, saying which process', async () => {
    expect((await scenario('busy', root)).error).toMatch(/in use by process \d+; stop it first/);
  });
});
