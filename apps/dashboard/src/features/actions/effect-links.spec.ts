import { effectLinks } from './effect-links';

const action = { startedOn: '2026-11-01', policyId: 'p1', themeId: null, teamId: 't1' };
const names = { policy: 'Refunds need a receipt', theme: null, team: 'Customer Care' };

describe('the items on either side of an action’s start day', () => {
  it('links each linked policy, theme or team to the same number of days before and since', () => {
    expect(effectLinks(action, names, '2026-11-22')).toEqual({
      days: 22,
      rows: [
        {
          label: 'Policy: Refunds need a receipt',
          before: '/explorer?policy=p1&from=2026-10-10&to=2026-10-31',
          after: '/explorer?policy=p1&from=2026-11-01&to=2026-11-22',
        },
        {
          label: 'Team: Customer Care',
          before: '/explorer?team=t1&from=2026-10-10&to=2026-10-31',
          after: '/explorer?team=t1&from=2026-11-01&to=2026-11-22',
        },
      ],
    });
  });

  it('compares at most a year on each side', () => {
    expect(effectLinks({ ...action, startedOn: '2020-01-01' }, names, '2026-11-22').days).toBe(365);
  });

  it('has nothing to link before the action starts', () => {
    expect(effectLinks({ ...action, startedOn: null }, names, '2026-11-22').rows).toEqual([]);
    expect(effectLinks({ ...action, startedOn: '2026-12-01' }, names, '2026-11-22').rows).toEqual(
      [],
    );
  });
});
