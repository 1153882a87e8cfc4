import { filterChips, periodLabel } from './filter-chips';

const names = {
  teams: new Map([['t1', 'Customer Care']]),
  policies: new Map<string, string>(),
  themes: new Map([['th1', 'Refunds and returns']]),
};

describe('filter chips', () => {
  it('makes one removable chip per chosen value, named in words', () => {
    const chips = filterChips(
      {
        search: 'refund',
        kinds: ['COMPLAINT', 'REQUEST'],
        teamIds: ['t1'],
        policyIds: ['gone'],
        flags: ['EXCUSE'],
      },
      names,
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      'Text contains: “refund”',
      'Kind: Complaint',
      'Kind: Request',
      'Team: Customer Care',
      'Policy: Unknown policy',
      'Sign: Excuse',
    ]);
    expect(chips[1].without.kinds).toEqual(['REQUEST']);
    expect(chips[0].without.search).toBeUndefined();
  });

  it('removes the whole period with one chip', () => {
    const [chip] = filterChips({ from: '2026-01-01', to: '2026-03-31' }, names);
    expect(chip.label).toBe('Received 1 Jan 2026 to 31 Mar 2026');
    expect(chip.without).toEqual({ from: undefined, to: undefined });
  });

  it('words an open-ended period', () => {
    expect(periodLabel('2026-01-01', undefined)).toBe('Received from 1 Jan 2026');
    expect(periodLabel(undefined, '2026-01-01')).toBe('Received up to 1 Jan 2026');
  });
});
