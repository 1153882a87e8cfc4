import { readFile, rm } from 'node:fs/promises';
import { API_LOG } from './global-setup';

/** Log entries shown at the end: enough for the cause of a failure, short enough to read. */
const SHOWN_ENTRIES = 20;

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.fulcrumE2e;
  if (!state) return;
  // 'close' comes after the API's output has been read to its end.
  await new Promise<void>((done) => {
    state.api.once('close', () => done());
    state.api.kill('SIGINT');
  });
  await new Promise<void>((done) => state.log.end(done));
  await rm(state.dataDir, { recursive: true, force: true });
  await printApiProblems();
}

/**
 * A failed journey shows what the browser saw; the API's warnings and errors say why. Only
 * those entries are printed (an entry starts with "[Nest]" or "[fulcrum]"); the whole log stays in
 * tmp/.
 */
async function printApiProblems(): Promise<void> {
  // eslint-disable-next-line no-control-regex -- Nest colours its levels with ANSI escapes.
  const plain = (await readFile(API_LOG, 'utf8')).replace(/\u001b\[[0-9;]*m/g, '');
  const problems = plain
    .split(/^(?=\[(?:Nest|fulcrum)\] )/m)
    .filter((entry) => /^\[Nest\] \d+\s+-\s.*?\s(WARN|ERROR)\s/.test(entry));
  if (!problems.length) return;
  console.log(
    `\nThe API logged ${problems.length} warning(s) or error(s) during the run (all in ${API_LOG}):\n` +
      problems.slice(-SHOWN_ENTRIES).join(''),
  );
}
