import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';
import { Q } from './documents';

/** The demo is seeded as of a fixed day, so the figures are the same whenever the suite runs. */
const SEEDED_AT = Date.UTC(2026, 10, 18);

interface Candidate {
  policy: { id: string; name: string };
  waiverRate: { successes: number; trials: number; share: number };
  complaints: number;
  reasons: string[];
}

/**
 * Policy friction's "wasteful candidates" (usually waived, often cited in complaints, nothing
 * recorded that they prevent) on the demo a new user sees: its usually-waived rules must show.
 */
describe('wasteful policy candidates on the demo organisation', () => {
  let api: TestApp;
  let manager: Caller;

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.app.get(DataSource), {
      items: 10_000,
      password: 'demo-password-1',
      replace: true,
      now: new Date(SEEDED_AT),
      log: () => undefined,
    });
    manager = await api.as(Role.PROCESS_OWNER);
  }, 600_000);
  afterAll(() => api.close());

  it.each([
    { name: 'the last whole month (the page opens on it)', from: '2026-10-01', to: '2026-11-01' },
    { name: 'the third quarter', from: '2026-07-01', to: '2026-10-01' },
  ])('lists at least one in $name, each meeting the rule it states', async ({ from, to }) => {
    const response = await api.graphql<{
      policyHotspots: { wastefulCandidates: Candidate[] };
    }>(Q.hotspots, { input: { from, to, comparison: 'PREVIOUS' } }, manager);
    expect(response.errors).toBeUndefined();
    const candidates = response.data!.policyHotspots.wastefulCandidates;

    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(candidate.waiverRate.trials).toBeGreaterThanOrEqual(5);
      expect(candidate.waiverRate.share).toBeGreaterThanOrEqual(0.6);
      expect(candidate.complaints).toBeGreaterThanOrEqual(3);
      expect(candidate.reasons).toHaveLength(3);
    }
    // The demo's usually-waived rules, not a rule that is mostly kept.
    expect(candidates.map((c) => c.policy.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^(Formal complaints must be made in writing|A late payment fee applies after 14 days)$/,
        ),
      ]),
    );
  });
});
