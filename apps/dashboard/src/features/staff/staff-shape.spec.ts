import { aTeamLoad, care, repairs } from '../../test/insight-fixtures';
import {
  availabilityText,
  monthsText,
  pulseText,
  staffTotals,
  teamWeeks,
  utilisationText,
} from './staff-shape';

describe('staff shaping', () => {
  it('shows a team’s pulse, or says its anonymous entries are only within "Other teams"', () => {
    expect(pulseText(aTeamLoad(repairs).pulse as never)).toBe('4.3 of 5 · 86% at 4–5');
    expect(
      pulseText({
        responses: 0,
        shown: false,
        meanWorkload: null,
        overwhelmedShare: null,
        note: 'Anonymous entries of Oct 2026 are counted only with other teams.',
      }),
    ).toBe('Only within “Other teams”');
    expect(
      pulseText({
        responses: 0,
        shown: false,
        meanWorkload: null,
        overwhelmedShare: null,
        note: null,
      }),
    ).toBe('No pulse entries');
  });

  it('writes load and availability as people say them', () => {
    expect(utilisationText(1.144)).toBe('114%');
    expect(utilisationText(null)).toBe('—');
    expect(availabilityText({ availableStaff: 7.97, staff: 14 })).toBe('8 of 14');
  });

  it('adds up the teams', () => {
    const totals = staffTotals([
      aTeamLoad(repairs),
      aTeamLoad(care, {
        state: 'STRETCHED',
        staff: 22,
        availableStaff: 21.9,
        vacancies: 0,
        sickDays: 3,
      }),
    ] as never);
    expect(totals).toMatchObject({
      staff: 36,
      vacancies: 4,
      sickDays: 48,
      departures: 2,
      overloaded: 1,
      stretched: 1,
    });
  });

  it('takes one team’s weeks, oldest first', () => {
    const week = (weekStart: string, team: typeof repairs) => ({
      __typename: 'TeamLoadWeek' as const,
      weekStart,
      team,
      arrivals: 1,
      completions: 1,
      complaints: 0,
      firstResponseHours: null,
      pulseWorkload: null,
      pulseResponses: 2,
      sickDays: 0,
      departures: 0,
      hires: 0,
    });
    const weeks = teamWeeks(
      [week('2026-10-12', repairs), week('2026-10-05', care), week('2026-10-05', repairs)],
      repairs.id,
    );
    expect(weeks.map((w) => w.weekStart)).toEqual(['2026-10-05', '2026-10-12']);
  });

  it('names the whole months the pulse covers', () => {
    expect(monthsText(['2026-10'])).toBe('Oct 2026');
    expect(monthsText(['2026-09', '2026-10', '2026-11'])).toBe('Sep 2026 – Nov 2026');
    expect(monthsText([])).toBeNull();
  });
});
