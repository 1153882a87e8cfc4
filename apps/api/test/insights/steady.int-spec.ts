import { DataSource } from 'typeorm';
import { Role } from '../../src/auth/role.enum';
import { seedDemoData } from '../../src/demo/seed-demo-data';
import { type Caller, startTestApp, type TestApp } from '../support/test-app';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A steady organisation (no stories: seasons, growth and noise only) tested week by week for a
 * year, as a manager checking every week would: only a few false alerts a year.
 */
describe('a steady organisation', () => {
  let api: TestApp;
  let analyst: Caller;
  // A fixed day, so every run sees the same organisation; FULCRUM_STORY_NOW=YYYY-MM-DD tries another.
  const now = new Date(`${process.env.FULCRUM_STORY_NOW ?? '2026-06-15'}T00:00:00Z`);
  // The last 52 whole ISO weeks.
  const lastMonday = now.getTime() - ((now.getUTCDay() + 6) % 7) * DAY;
  const weeks = Array.from({ length: 52 }, (_, i) => lastMonday - (52 - i) * WEEK);

  beforeAll(async () => {
    api = await startTestApp();
    await seedDemoData(api.app.get(DataSource), {
      items: 20_000,
      password: 'demo-password-1',
      replace: true,
      now,
      stories: false,
      log: () => undefined,
    });
    analyst = await api.as(Role.MANAGER);
  }, 600_000);
  afterAll(() => api.close());

  it('raises at most a few false alerts a year on rising themes, policies and complaints', async () => {
    const alerts: string[] = [];
    for (const monday of weeks) {
      const week = { from: day(monday), to: day(monday + WEEK), comparison: 'NONE' };
      const rising = await api.graphql<{
        risingSignals: {
          themes: { severity: string; explanation: string }[];
          policies: { severity: string; explanation: string }[];
        };
      }>(
        `query ($input: RisingSignalsInput!) { risingSignals(input: $input) { themes { severity explanation } policies { severity explanation } } }`,
        { input: week },
        analyst,
      );
      expect(rising.errors).toBeUndefined();
      const { themes, policies } = rising.data!.risingSignals;
      for (const signal of [...themes, ...policies])
        if (signal.severity === 'ALERT') alerts.push(`${week.from}: ${signal.explanation}`);
      const signs = await api.graphql<{
        warningSigns: { signs: { sign: string; state: string; explanation: string }[] };
      }>(
        `query ($input: WarningSignsInput!) { warningSigns(input: $input) { signs { sign state explanation } } }`,
        { input: week },
        analyst,
      );
      const complaints = signs.data!.warningSigns.signs.find(
        (s) => s.sign === 'RISING_COMPLAINTS',
      )!;
      if (complaints.state === 'ALERT') alerts.push(`${week.from}: ${complaints.explanation}`);
    }
    // 52 weeks × (18 themes + 14 policies + all complaints) tests: any alert past the third fails.
    expect(alerts.slice(3)).toEqual([]);
  });
});
