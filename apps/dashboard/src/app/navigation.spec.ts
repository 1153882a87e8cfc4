import { homePathFor, isInSection, NAV_ENTRIES, navEntriesFor, safeReturnPath } from './navigation';

describe('navigation by role', () => {
  it('shows staff the forms only, not analytics they cannot open', () => {
    expect(navEntriesFor('STAFF').map((entry) => entry.label)).toEqual(['Forms']);
  });

  it('shows managers every page of the review, with settings', () => {
    expect(navEntriesFor('MANAGER').map((entry) => entry.label)).toEqual([
      'Review',
      'Trends',
      'Bottlenecks',
      'Policy friction',
      'Staff',
      'Actions',
      'Explorer',
      'Forms',
      'Settings',
    ]);
  });

  it('gives process owners settings, since they may change policies and themes', () => {
    expect(navEntriesFor('PROCESS_OWNER').map((entry) => entry.id)).toContain('settings');
  });

  it('links the pages whose API exists and keeps the rest disabled', () => {
    const status = Object.fromEntries(NAV_ENTRIES.map((entry) => [entry.id, entry.status]));
    expect(status).toEqual({
      review: 'planned',
      trends: 'ready',
      bottlenecks: 'planned',
      policy: 'planned',
      staff: 'planned',
      actions: 'ready',
      explorer: 'ready',
      forms: 'ready',
      settings: 'ready',
    });
  });

  it('lands staff on the feedback form and analysts on the volume page', () => {
    expect(homePathFor('STAFF')).toBe('/forms/pulse');
    expect(homePathFor('MANAGER')).toBe('/trends/volume');
    expect(homePathFor('PROCESS_OWNER')).toBe('/trends/volume');
    expect(homePathFor('ADMIN')).toBe('/trends/volume');
  });

  it('counts every page under a section as in it', () => {
    expect(isInSection('/forms/contact', '/forms')).toBe(true);
    expect(isInSection('/trends/volume', '/trends/volume')).toBe(true);
    expect(isInSection('/formsx', '/forms')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('returns only to paths on this site', () => {
    expect(safeReturnPath('/trends/volume?from=2025-01')).toBe('/trends/volume?from=2025-01');
    expect(safeReturnPath('https://evil.example/')).toBeNull();
    expect(safeReturnPath('//evil.example/')).toBeNull();
    expect(safeReturnPath('/\\evil.example')).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it('never returns to the login page itself', () => {
    expect(safeReturnPath('/login?next=/x')).toBeNull();
  });
});
