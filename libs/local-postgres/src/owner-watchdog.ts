import { spawn } from 'node:child_process';

// Runs in its own small process: its stdin is a pipe from the owner, which the kernel closes when
// the owner dies in any way (SIGKILL and OOM included). Then it asks PostgreSQL for a fast
// shutdown, so a crashed API leaves no server holding the data folder. Like isServerOf, it first
// checks (where /proc exists) that the pid is still that server and not a reused pid.
const WATCHDOG_SOURCE = `
const { existsSync, readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const [serverPid, dataDir] = [Number(process.argv[1]), process.argv[2]];
function isOurServer() {
  try {
    const args = readFileSync('/proc/' + serverPid + '/cmdline', 'utf8').split('\\0');
    const folder = args.indexOf('-D');
    return folder >= 0 && resolve(args[folder + 1]) === resolve(dataDir);
  } catch (error) {
    return error.code !== 'ENOENT' || !existsSync('/proc/self');
  }
}
process.stdin.on('data', () => undefined);
process.stdin.on('end', () => {
  try { if (isOurServer()) process.kill(serverPid, 'SIGINT'); } catch {}
  process.exit(0);
});`;

export interface OwnerWatchdog {
  /** Called before a deliberate stop, so the watchdog never signals a pid that was reused. */
  disarm(): void;
}

export function watchOwner(serverPid: number, dataDir: string): OwnerWatchdog {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, String(serverPid), dataDir], {
    // Its own process group: a Ctrl-C or group kill aimed at the owner must not take it along.
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.unref();
  // The pipe must not keep the owner's event loop alive either.
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  return { disarm: () => watchdog.kill('SIGKILL') };
}
