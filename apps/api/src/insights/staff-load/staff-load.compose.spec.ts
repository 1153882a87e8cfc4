import { LoadState } from './staff-load.types';
import {
  anonymousPulseGroups,
  pulseSummary,
  teamVerdicts,
  type TeamLoadFacts,
} from './staff-load.compose';

const team = (id: string, overrides: Partial<TeamLoadFacts> = {}): TeamLoadFacts => ({
  team: { id, name: `Team ${id}` },
  staff: 10,
  vacancies: 0,
  sickDays: 0,
  departures: 0,
  arrivals: 400,
  completions: 400,
  openItems: 40,
  periodDays: 28,
  capacityPerStaffPerWeek: 15,
  pulse: { responses: 20, anonymous: 8, workloadSum: 60, overwhelmed: 2 },
  ...overrides,
});

describe('pulseSummary', () => {
  it('hides a group with one to four anonymous entries', () => {
    expect(
      pulseSummary({ responses: 9, anonymous: 3, workloadSum: 30, overwhelmed: 4 }),
    ).toMatchObject({
      shown: false,
      meanWorkload: null,
      overwhelmedShare: null,
    });
  });

  it('shows a group with five or more anonymous entries, or none at all', () => {
    expect(
      pulseSummary({ responses: 6, anonymous: 5, workloadSum: 24, overwhelmed: 3 }),
    ).toMatchObject({
      shown: true,
      meanWorkload: 4,
      overwhelmedShare: 0.5,
    });
    expect(pulseSummary({ responses: 2, anonymous: 0, workloadSum: 6, overwhelmed: 0 }).shown).toBe(
      true,
    );
  });
});

describe('teamVerdicts', () => {
  it('calls a steady team ok', () => {
    expect(teamVerdicts([team('a'), team('b'), team('c')]).map((v) => v.state)).toEqual([
      LoadState.OK,
      LoadState.OK,
      LoadState.OK,
    ]);
  });

  it('calls a team stretched on one sign and overloaded on a strong one or two', () => {
    const pulse = (overwhelmed: number) => ({
      responses: 20,
      anonymous: 10,
      workloadSum: 70,
      overwhelmed,
    });
    const [one, strong] = teamVerdicts([
      team('a', { pulse: pulse(9) }),
      team('b', { pulse: pulse(13) }),
      team('c'),
    ]);
    expect(one.state).toBe(LoadState.STRETCHED);
    expect(strong.state).toBe(LoadState.OVERLOADED);
    const [two] = teamVerdicts([team('a', { pulse: pulse(9), vacancies: 3 }), team('b')]);
    expect(two.state).toBe(LoadState.OVERLOADED);
  });

  it('calls a team overloaded when most of its pulse says 4 or 5, before any wait has slipped', () => {
    const [verdict] = teamVerdicts([
      team('a', { pulse: { responses: 20, anonymous: 10, workloadSum: 88, overwhelmed: 16 } }),
      team('b'),
    ]);
    expect(verdict.state).toBe(LoadState.OVERLOADED);
    expect(verdict.reasons.join(' ')).toMatch(
      /80% of 20 pulse responses report a workload of 4 or 5/,
    );
  });

  it('takes vacancies and sick leave off the staff that carry the load', () => {
    const [verdict] = teamVerdicts([
      team('a', {
        vacancies: 3,
        sickDays: 20,
        pulse: { responses: 0, anonymous: 0, workloadSum: 0, overwhelmed: 0 },
      }),
    ]);
    expect(verdict.availableStaff).toBe(6);
    expect(verdict.state).toBe(LoadState.OVERLOADED);
    expect(verdict.reasons.join(' ')).toMatch(
      /Only 6 of 10 staff available \(3 unfilled vacancies, 20 days of sick leave\)/,
    );
  });

  it('does not let a hidden pulse decide the verdict', () => {
    const [verdict] = teamVerdicts([
      team('a', { pulse: { responses: 4, anonymous: 4, workloadSum: 20, overwhelmed: 4 } }),
    ]);
    expect(verdict.pulse.shown).toBe(false);
    expect(verdict.state).toBe(LoadState.OK);
  });
});

describe('anonymousPulseGroups', () => {
  it('merges teams with fewer than five anonymous entries so that none can be told apart', () => {
    const counts = (anonymous: number, workloadSum: number) => ({
      responses: anonymous,
      anonymous,
      workloadSum,
      overwhelmed: 0,
    });
    const { groups, notes } = anonymousPulseGroups([
      { team: { id: 'a', name: 'Care' }, counts: counts(12, 36) },
      { team: { id: 'b', name: 'Billing' }, counts: counts(3, 12) },
      { team: { id: 'c', name: 'IT' }, counts: counts(1, 5) },
      { team: { id: 'd', name: 'HR' }, counts: counts(6, 12) },
    ]);
    expect(groups.map((g) => [g.label, g.responses])).toEqual([
      ['Care', 12],
      ['Other teams', 10],
    ]);
    expect(groups[1].teams.map((t) => t.name).sort()).toEqual(['Billing', 'HR', 'IT']);
    expect(groups[1].meanWorkload).toBeCloseTo(29 / 10);
    expect(groups.every((g) => g.responses >= 5)).toBe(true);
    expect(notes).toHaveLength(3);
  });
});
