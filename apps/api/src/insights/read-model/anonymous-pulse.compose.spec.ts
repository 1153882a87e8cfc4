import {
  type AnonymousCell,
  monthsPeriod,
  publishedCells,
  reportingMonths,
  selectCells,
  teamCells,
} from './anonymous-pulse.compose';

const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const period = (from: string, to: string) => ({ from: at(from), to: at(to) });
const teams = [
  { id: 'a', name: 'Billing' },
  { id: 'b', name: 'Care' },
  { id: 'c', name: 'IT' },
  { id: 'd', name: 'People' },
];
const cell = (teamId: string, month: string, responses: number): AnonymousCell => ({
  teamId,
  month,
  counts: { responses, workloadSum: responses * 3, overwhelmed: 1 },
});

describe('reportingMonths', () => {
  const now = at('2026-12-07');

  it('maps any period to the whole months it touches, so periods a day apart agree', () => {
    expect(reportingMonths(period('2026-10-01', '2026-10-08'), now)).toEqual(['2026-10']);
    expect(reportingMonths(period('2026-10-01', '2026-10-10'), now)).toEqual(['2026-10']);
    expect(reportingMonths(period('2026-09-30', '2026-11-02'), now)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('does not release the current month until it has ended', () => {
    expect(reportingMonths(period('2026-11-01', '2026-12-07'), now)).toEqual(['2026-11']);
    expect(reportingMonths(period('2026-12-01', '2026-12-07'), now)).toEqual([]);
    expect(reportingMonths(period('2026-11-01', '2026-12-01'), at('2026-12-01'))).toEqual([
      '2026-11',
    ]);
  });

  it('gives the span of the months', () => {
    expect(monthsPeriod(['2026-11', '2026-12'])).toEqual(period('2026-11-01', '2027-01-01'));
    expect(monthsPeriod([])).toBeNull();
  });
});

describe('publishedCells', () => {
  it('publishes teams with five or more; merges the small ones with the smallest large team', () => {
    const { cells, notes } = publishedCells(
      teams,
      [cell('a', '2026-10', 3), cell('b', '2026-10', 12), cell('c', '2026-10', 6)],
      ['2026-10'],
    );
    expect(cells.map((c) => [c.label, c.teams.map((t) => t.id), c.counts.responses])).toEqual([
      ['Care', ['b'], 12],
      ['Other teams', ['a', 'c'], 9],
    ]);
    // Total − published teams must never isolate Billing's 3.
    expect(notes).toEqual([
      'Oct 2026: Billing, IT counted together as "Other teams" — fewer than 5 anonymous entries on their own, or merged so that the smaller ones cannot be worked out.',
    ]);
    expect(notes.join(' ')).not.toMatch(/\b3\b/);
  });

  it('publishes nothing of a month with fewer than five in all, without saying how many', () => {
    const { cells, notes } = publishedCells(
      teams,
      [cell('a', '2026-10', 2), cell('b', '2026-10', 2)],
      ['2026-10'],
    );
    expect(cells).toEqual([]);
    expect(notes).toEqual([
      'Oct 2026: fewer than 5 anonymous entries in the whole organisation, so none are shown.',
    ]);
  });

  it('keeps each month its own cells', () => {
    const { cells } = publishedCells(
      teams,
      [cell('a', '2026-10', 5), cell('a', '2026-11', 4), cell('b', '2026-11', 7)],
      ['2026-10', '2026-11'],
    );
    expect(cells.map((c) => [c.month, c.label, c.counts.responses])).toEqual([
      ['2026-10', 'Billing', 5],
      ['2026-11', 'Other teams', 11],
    ]);
    expect(teamCells(cells, 'a')).toEqual({ own: [cells[0]], mergedMonths: ['2026-11'] });
  });
});

describe('selectCells', () => {
  it('selects the published cells wholly inside a filter and never re-aggregates', () => {
    const { cells } = publishedCells(
      teams,
      [cell('a', '2026-10', 3), cell('b', '2026-10', 12), cell('c', '2026-10', 6)],
      ['2026-10'],
    );
    expect(selectCells(cells, ['a']).map((c) => c.label)).toEqual([]);
    expect(selectCells(cells, ['a', 'c']).map((c) => c.label)).toEqual(['Other teams']);
    expect(selectCells(cells, ['b', 'd']).map((c) => c.label)).toEqual(['Care']);
    expect(selectCells(cells, [])).toHaveLength(2);
  });
});
