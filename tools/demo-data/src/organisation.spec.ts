import { TEAMS, createDemoOrganisation } from './organisation';
import { PROFILES } from './profiles';
import { CATALOGUE } from './text/catalogue';
import { ITEM_KINDS, PRIORITIES, ROLES } from './vocabulary';

const NOW = new Date('2025-06-15T14:30:00Z');
const organisation = createDemoOrganisation({ now: NOW });

describe('createDemoOrganisation', () => {
  it('has 6 to 10 teams serving both customers and colleagues', () => {
    expect(organisation.teams.length).toBeGreaterThanOrEqual(6);
    expect(organisation.teams.length).toBeLessThanOrEqual(10);
    expect(new Set(organisation.teams.map((team) => team.audience))).toEqual(
      new Set(['external', 'internal']),
    );
    expect(organisation.teams.every((team) => team.staffCount > 0)).toBe(true);
  });

  it('has 10 to 15 named policies, each with an owner and aliases people write', () => {
    expect(organisation.policies.length).toBeGreaterThanOrEqual(10);
    expect(organisation.policies.length).toBeLessThanOrEqual(15);
    for (const policy of organisation.policies) {
      expect(policy.owner).not.toBe('');
      expect(policy.aliases.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has 12 to 20 themes, each with keywords and labelled examples', () => {
    expect(organisation.themes.length).toBeGreaterThanOrEqual(12);
    expect(organisation.themes.length).toBeLessThanOrEqual(20);
    for (const theme of organisation.themes) {
      expect(theme.keywords.length).toBeGreaterThanOrEqual(3);
      expect(theme.examples.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets a service level for every kind and priority, resolution after first response', () => {
    const keys = organisation.serviceLevels.map((level) => `${level.kind}:${level.priority}`);
    expect(new Set(keys)).toEqual(
      new Set(ITEM_KINDS.flatMap((kind) => PRIORITIES.map((priority) => `${kind}:${priority}`))),
    );
    expect(keys).toHaveLength(ITEM_KINDS.length * PRIORITIES.length);
    for (const level of organisation.serviceLevels) {
      expect(level.resolutionMinutes).toBeGreaterThan(level.firstResponseMinutes);
    }
  });

  it('has at least one user per role, unique @example.org emails, and staff in every team', () => {
    const { users, teams } = organisation;
    for (const role of ROLES) expect(users.some((user) => user.role === role)).toBe(true);
    expect(new Set(users.map((user) => user.email)).size).toBe(users.length);
    expect(users.every((user) => /^[a-z.]+@example\.org$/.test(user.email))).toBe(true);
    for (const team of teams) {
      expect(
        users.filter((user) => user.role === 'staff' && user.teamKey === team.key).length,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('dates actions relative to now, with an end day only on done and abandoned actions', () => {
    const today = NOW.toISOString().slice(0, 10);
    for (const action of organisation.actions) {
      expect(action.doneOn !== null).toBe(
        action.status === 'done' || action.status === 'abandoned',
      );
      expect(action.startedOn === null).toBe(action.status === 'planned');
      if (action.startedOn) expect(action.startedOn <= today).toBe(true);
      if (action.doneOn && action.startedOn) expect(action.doneOn >= action.startedOn).toBe(true);
    }
  });

  it('describes the tightened receipt rule only when the stories are on', () => {
    const refund = (stories: boolean) =>
      createDemoOrganisation({ now: NOW, stories }).policies.find(
        (policy) => policy.key === 'refund-receipt',
      );
    expect(refund(true)?.description).toMatch(/no longer accepted/);
    expect(refund(false)?.description).not.toMatch(/no longer accepted/);
  });

  it('keeps team profiles and team texts in the same order as the teams, which the generator relies on', () => {
    expect(PROFILES.map((profile) => profile.teamKey)).toEqual(TEAMS.map((team) => team.key));
    expect(CATALOGUE.map((entry) => entry.team.key)).toEqual(TEAMS.map((team) => team.key));
  });
});
