import { settingsSectionsFor } from './sections';

const labels = (role: Parameters<typeof settingsSectionsFor>[0]) =>
  settingsSectionsFor(role).map((section) => section.label);

describe('settings by role (as the API allows each change)', () => {
  it('gives administrators every page', () => {
    expect(labels('ADMIN')).toEqual([
      'Teams',
      'Policies',
      'Themes',
      'Service levels',
      'Users and roles',
      'API keys',
      'Re-analysis',
    ]);
  });

  it('keeps users and API keys from managers', () => {
    expect(labels('MANAGER')).toEqual([
      'Teams',
      'Policies',
      'Themes',
      'Service levels',
      'Re-analysis',
    ]);
  });

  it('gives process owners policies, themes and re-analysis only', () => {
    expect(labels('PROCESS_OWNER')).toEqual(['Policies', 'Themes', 'Re-analysis']);
  });

  it('gives staff nothing', () => {
    expect(labels('STAFF')).toEqual([]);
  });
});
