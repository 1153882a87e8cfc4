import { LoadState } from './staff-load.types';
import {
  pulseGroups,
  pulseSummary,
  teamPulse,
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
  pulse: { responses: 20, anonymous: 8, workloadSum: 60, overwhelmed: 2, note: null },
  ...overrides,
});

describe('pulseSummary', () => {
  it('shows the figures of any group it is given: only safe groups reach it', () => {
    expect(pulseSummary({ responses: 6, workloadSum: 24, overwhelmed: 3 })).toMatchObject({
      shown: true,
      meanWorkload: 4,
      overwhelmedShare: 0.5,
    });
    expect(pulseSummary({ responses: 0, workloadSum: 0, overwhelmed: 0 })).toMatchObject({
      shown: false,
      meanWorkload: null,
      note: 'No pulse responses.',
    });
  });
});

describe('teamPulse', () => {
  const cell = (month: string, responses: number, workloadSum: number) => ({
    month,
    label: 'Care',
    teams: [{ id: 'a', name: 'Care' }],
    counts: { responses, workloadSum, overwhelmed: 1 },
  });

  it("adds only the team's own published months to its named entries, and says which are left out", () => {
    const pulse = teamPulse(
      { responses: 2, workloadSum: 4, overwhelmed: 0 },
      [cell('2026-10', 5, 15), cell('2026-11', 6, 12)],
      ['2026-09'],
    );
    expect(pulse).toMatchObject({ responses: 13, anonymous: 11, workloadSum: 31, overwhelmed: 2 });
    expect(pulse.note).toBe(
      'Anonymous entries of Sep 2026 are counted only with other teams, to keep them anonymous.',
    );
  });

  it('turns published cells into groups with their month, mean and share', () => {
    expect(pulseGroups([cell('2026-10', 5, 15)])).toEqual([
      {
        month: '2026-10',
        label: 'Care',
        teams: [{ id: 'a', name: 'Care' }],
        responses: 5,
        meanWorkload: 3,
        overwhelmedShare: 0.2,
      },
    ]);
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
      note: null,
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
      team('a', {
        pulse: { responses: 20, anonymous: 10, workloadSum: 88, overwhelmed: 16, note: null },
      }),
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
        pulse: { responses: 0, anonymous: 0, workloadSum: 0, overwhelmed: 0, note: null },
      }),
    ]);
    expect(verdict.availableStaff).toBe(6);
    expect(verdict.state).toBe(LoadState.OVERLOADED);
    expect(verdict.reasons.join(' ')).toMatch(
      /Only 6 of 10 staff available \(3 unfilled vacancies, 20 days of sick leave\)/,
    );
  });
});
