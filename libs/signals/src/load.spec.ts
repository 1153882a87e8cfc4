import { TeamLoadInput, loadVsCapacity } from './load';

const team = (overrides: Partial<TeamLoadInput> & { team: string }): TeamLoadInput => ({
  staff: 5,
  openItems: 50,
  arrivals: 200,
  completions: 200,
  periodDays: 28,
  capacityPerStaffPerWeek: 15,
  ...overrides,
});

describe('loadVsCapacity', () => {
  it('computes open items and arrivals per person against capacity', () => {
    const [result] = loadVsCapacity([team({ team: 'IT' })]);
    expect(result.openPerStaff).toBe(10);
    expect(result.arrivalsPerStaffPerWeek).toBe(10);
    expect(result.utilisation).toBeCloseTo(10 / 15, 12);
    expect(result).toMatchObject({ state: 'ok', reasons: [], backlogGrowthPerWeek: 0 });
  });

  it('marks a team overloaded when arrivals reach its capacity, before any response time slips', () => {
    const [result] = loadVsCapacity([team({ team: 'HR', arrivals: 320, completions: 300 })]);
    expect(result.utilisation).toBeCloseTo(16 / 15, 12);
    expect(result.state).toBe('overloaded');
    expect(result.reasons[0]).toBe(
      'Arrivals are 107% of what the team can handle (16 per person a week against 15).',
    );
  });

  it('marks a team overloaded with twice the median open items per person and a growing backlog', () => {
    const results = loadVsCapacity([
      team({ team: 'A' }),
      team({ team: 'B' }),
      team({
        team: 'C',
        openItems: 120,
        arrivals: 220,
        completions: 180,
        capacityPerStaffPerWeek: null,
      }),
    ]);
    expect(results[2].relativeOpen).toBeCloseTo(2.4, 12);
    expect(results[2].state).toBe('overloaded');
    expect(results[2].reasons).toEqual([
      '24 open items per person, 2.4× the median team, and the backlog is growing.',
      'Arrivals outrun completions by 22%: the backlog grows by about 10 a week.',
    ]);
  });

  it('marks a team stretched when arrivals outrun completions by 10% or more', () => {
    const [result] = loadVsCapacity([
      team({ team: 'Facilities', arrivals: 220, completions: 195 }),
    ]);
    expect(result.state).toBe('stretched');
  });

  it('rejects a team with no staff, naming it', () => {
    expect(() => loadVsCapacity([team({ team: 'X', staff: 0 })])).toThrow(
      'teams[0].staff must be a finite number > 0 (got 0)',
    );
  });
});
