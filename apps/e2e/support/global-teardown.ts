import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.fulcrumE2e;
  if (!state) return;
  await new Promise<void>((done) => {
    state.api.once('exit', () => done());
    state.api.kill('SIGINT');
  });
  await rm(state.dataDir, { recursive: true, force: true });
}
