import { readWholeNumber, toCreateTeamInput, validateTeam } from './team-form';

const team = { name: 'Customer Care', description: '', staffCount: '22' };

describe('the team form', () => {
  it('reads a staff count only as a whole number from 0 to 100,000', () => {
    expect(readWholeNumber(' 22 ')).toBe(22);
    expect(readWholeNumber('0')).toBe(0);
    expect(readWholeNumber('2.5')).toBeNull();
    expect(readWholeNumber('-1')).toBeNull();
    expect(readWholeNumber('1e3')).toBeNull();
    expect(validateTeam({ ...team, staffCount: '100001' }).staffCount).toBe(
      'Enter a whole number from 0 to 100,000',
    );
    expect(validateTeam({ ...team, staffCount: '' }).staffCount).toBe(
      'Enter how many staff the team has',
    );
  });

  it('needs a name and sends a blank description as "none"', () => {
    expect(validateTeam({ ...team, name: '  ' }).name).toBe('Enter the team’s name');
    expect(validateTeam(team)).toEqual({});
    expect(toCreateTeamInput({ ...team, name: ' Care ', description: '  ' })).toEqual({
      name: 'Care',
      description: null,
      staffCount: 22,
    });
  });
});
