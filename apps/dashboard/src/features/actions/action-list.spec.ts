import { countByStatus, hasStarted, readStatusFilter } from './action-list';

describe('the action list', () => {
  it('reads the status filter from the URL, ignoring what it does not know', () => {
    expect(readStatusFilter('in_progress')).toBe('IN_PROGRESS');
    expect(readStatusFilter('sideways')).toBeNull();
    expect(readStatusFilter(null)).toBeNull();
  });

  it('counts actions by status', () => {
    expect(
      countByStatus([{ status: 'DONE' }, { status: 'DONE' }, { status: 'PLANNED' }] as never),
    ).toEqual({
      PLANNED: 1,
      IN_PROGRESS: 0,
      DONE: 2,
      ABANDONED: 0,
    });
  });

  it('counts an action as started once it has a start day that has come and is no longer planned', () => {
    expect(hasStarted({ status: 'IN_PROGRESS', startedOn: '2026-11-01' }, '2026-11-22')).toBe(true);
    expect(hasStarted({ status: 'PLANNED', startedOn: '2026-11-01' }, '2026-11-22')).toBe(false);
    expect(hasStarted({ status: 'IN_PROGRESS', startedOn: null }, '2026-11-22')).toBe(false);
  });
});
