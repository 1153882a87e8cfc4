import { isInSection, NAV_ENTRIES, navEntriesFor } from './navigation';

describe('navigation by role', () => {
  it('shows staff the forms and their items only, not analytics they cannot open', () => {
    expect(navEntriesFor('STAFF').map((entry) => entry.label)).toEqual(['Forms', 'My items']);
  });

  it('shows managers every page of the review, with settings', () => {
    expect(navEntriesFor('MANAGER').map((entry) => entry.label)).toEqual([
      'Review',
      'Trends',
      'Bottlenecks',
      'Attention',
      'First contact',
      'Policy friction',
      'Staff',
      'Forecast',
      'Actions',
      'Explorer',
      'Emerging topics',
      'Digests',
      'Forms',
      'Settings',
      'Alerts',
    ]);
  });

  it('gives process owners policies, themes, actions and items, not the review or staff pages', () => {
    expect(navEntriesFor('PROCESS_OWNER').map((entry) => entry.label)).toEqual([
      'Trends',
      'Bottlenecks',
      'Attention',
      'First contact',
      'Policy friction',
      'Actions',
      'Explorer',
      'Emerging topics',
      'Forms',
      'Settings',
    ]);
  });

  it('gives admins settings and alerts only: they read no customer items or insights', () => {
    expect(navEntriesFor('ADMIN').map((entry) => entry.label)).toEqual(['Settings', 'Alerts']);
  });

  it('links every page, now that each has its API', () => {
    const status = Object.fromEntries(NAV_ENTRIES.map((entry) => [entry.id, entry.status]));
    expect(status).toEqual({
      review: 'ready',
      trends: 'ready',
      bottlenecks: 'ready',
      policy: 'ready',
      staff: 'ready',
      forecast: 'ready',
      actions: 'ready',
      explorer: 'ready',
      topics: 'ready',
      digests: 'ready',
      forms: 'ready',
      'my-items': 'ready',
      settings: 'ready',
      alerts: 'ready',
      attention: 'ready',
      'first-contact': 'ready',
    });
  });

  it('counts every page under a section as in it', () => {
    expect(isInSection('/forms/contact', '/forms')).toBe(true);
    expect(isInSection('/trends/volume', '/trends')).toBe(true);
    expect(isInSection('/formsx', '/forms')).toBe(false);
  });
});
