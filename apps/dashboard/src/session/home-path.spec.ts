import { homePathFor, safeReturnPath } from './home-path';

describe('homePathFor', () => {
  it('lands each role on the page its work starts from', () => {
    expect(homePathFor('STAFF')).toBe('/forms/pulse');
    expect(homePathFor('MANAGER')).toBe('/review');
    expect(homePathFor('PROCESS_OWNER')).toBe('/policies');
    expect(homePathFor('ADMIN')).toBe('/settings');
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
