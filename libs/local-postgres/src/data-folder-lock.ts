import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const LOCK_FILE = 'postmaster.pid';
// Beside PostgreSQL's own lock: which process started the server, so the next start can tell an
// orphan (its owner died: SIGKILL, OOM) from a server someone is still using.
const OWNER_FILE = 'fulcrum-owner.json';
const ORPHAN_STOP_TIMEOUT_MS = 30_000;

interface OwnerRecord {
  pid: number;
}

/** Records this process as the owner of the server about to start in `dataDir`. */
export async function recordOwner(dataDir: string): Promise<void> {
  const record: OwnerRecord = { pid: process.pid };
  await writeFile(join(dataDir, OWNER_FILE), JSON.stringify(record));
}

/**
 * Makes the data folder free to start a server in. A lock naming a dead process is removed; a
 * live server whose recorded owner is dead is an orphan and gets a fast shutdown; a server with a
 * live owner (or none recorded: started by hand) is refused, naming the process to stop.
 */
export async function claimDataFolder(dataDir: string): Promise<void> {
  const serverPid = await readPid(join(dataDir, LOCK_FILE));
  if (serverPid === undefined) return;
  // After a reboot the lock may name a pid now used by another program: not ours to stop.
  if (!isAlive(serverPid) || !(await isServerOf(serverPid, dataDir))) {
    await rm(join(dataDir, LOCK_FILE), { force: true });
    return;
  }
  const owner = await readOwner(dataDir);
  if (owner === undefined || isAlive(owner)) {
    const holder = owner === undefined ? '' : ` (Fulcrum process ${owner})`;
    throw new Error(
      `The database folder ${dataDir} is in use by process ${serverPid}${holder}; stop it first.`,
    );
  }
  await stopOrphan(serverPid, dataDir);
}

/** SIGINT is PostgreSQL's fast shutdown: open transactions roll back, committed data stays. */
async function stopOrphan(serverPid: number, dataDir: string): Promise<void> {
  process.kill(serverPid, 'SIGINT');
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (isAlive(serverPid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `PostgreSQL process ${serverPid}, left running in ${dataDir} by a Fulcrum process that ` +
          `died, did not stop within ${ORPHAN_STOP_TIMEOUT_MS / 1000} s; stop it by hand.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Whether `pid` is a PostgreSQL server of `dataDir` (started as `postgres -D dataDir …`).
 * Where /proc is missing (macOS), a live pid is taken to be the server, as PostgreSQL does.
 */
export async function isServerOf(pid: number, dataDir: string): Promise<boolean> {
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    const folder = args.indexOf('-D');
    return folder >= 0 && resolve(args[folder + 1]) === resolve(dataDir);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync('/proc/self');
  }
}

/** The postmaster's pid, from the first line of the lock file PostgreSQL writes. */
export async function readServerPid(dataDir: string): Promise<number | undefined> {
  return readPid(join(dataDir, LOCK_FILE));
}

async function readPid(lockFile: string): Promise<number | undefined> {
  if (!existsSync(lockFile)) return undefined;
  const pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  return pid > 0 ? pid : undefined;
}

async function readOwner(dataDir: string): Promise<number | undefined> {
  try {
    const record = JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as OwnerRecord;
    return record.pid > 0 ? record.pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user when we are not root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
