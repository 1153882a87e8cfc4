import { DataSource } from 'typeorm';
import { Role } from '../src/auth/role.enum';
import { seedDemoData } from '../src/demo/seed-demo-data';
import { startTestApp, type TestApp } from './support/test-app';

const PROGRESS = `query { demoLoadProgress { loaded total startedAt finishedAt failure } }`;
const ITEMS = 300;

type Progress = {
  demoLoadProgress: {
    loaded: number;
    total: number;
    finishedAt: string | null;
    failure: string | null;
  } | null;
};

describe('first start with demo data', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers once the organisation is stored, loads the items in the background and reports progress', async () => {
    const dataSource = api.app.get(DataSource);
    const manager = await api.as(Role.MANAGER);
    const before = await api.graphql<Progress>(PROGRESS, {}, manager);
    expect(before.errors).toBeUndefined();
    expect(before.data?.demoLoadProgress).toBeNull();

    const seeding = await seedDemoData(dataSource, {
      items: ITEMS,
      password: 'demo-password',
      replace: false,
      now: new Date('2026-06-15T12:00:00Z'),
      log: () => undefined,
    });
    expect(seeding.seeded).toBe(true);
    const [{ teams }] = await dataSource.query<{ teams: number }[]>(
      'SELECT count(*)::int AS teams FROM teams',
    );
    expect(teams).toBeGreaterThan(0);
    const running = await api.graphql<Progress>(PROGRESS, {}, manager);
    expect(running.data?.demoLoadProgress?.total).toBe(ITEMS);
    expect(running.data?.demoLoadProgress?.loaded).toBeLessThanOrEqual(ITEMS);

    await seeding.itemsLoaded;
    const finished = await api.graphql<Progress>(PROGRESS, {}, manager);
    expect(finished.data?.demoLoadProgress).toMatchObject({ loaded: ITEMS, failure: null });
    expect(finished.data?.demoLoadProgress?.finishedAt).not.toBeNull();
    // Loaded live, through the refresh queue: "finished" means the figures include every item.
    const [counts] = await dataSource.query<{ items: number; facts: number }[]>(
      'SELECT (SELECT count(*)::int FROM items) AS items, (SELECT count(*)::int FROM insight_item_facts) AS facts',
    );
    expect(counts).toEqual({ items: ITEMS, facts: ITEMS });
  }, 180_000); // the demo loader trains its theme model first

  it('reports a background load that a stopped server left unfinished, instead of showing it loading', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query('UPDATE demo_load SET finished_at = NULL, loaded = 100');
    const restart = await seedDemoData(dataSource, {
      items: ITEMS,
      password: 'demo-password',
      replace: false,
      log: () => undefined,
    });
    expect(restart.seeded).toBe(false);
    const progress = await api.graphql<Progress>(PROGRESS, {}, await api.as(Role.STAFF));
    expect(progress.data?.demoLoadProgress).toMatchObject({ loaded: 100, finishedAt: null });
    expect(progress.data?.demoLoadProgress?.failure).toMatch(/stopped before the demo finished/);
  });
});
