import { readStaleDays, withStaleDays } from './attention-shape';

describe('the "no update for" line in the URL', () => {
  it('reads a listed choice and falls back to 7 days for anything else', () => {
    expect(readStaleDays(new URLSearchParams('stale=14'))).toBe(14);
    expect(readStaleDays(new URLSearchParams('stale=5'))).toBe(7);
    expect(readStaleDays(new URLSearchParams('stale=lots'))).toBe(7);
    expect(readStaleDays(new URLSearchParams())).toBe(7);
  });

  it('writes only what differs from the default and keeps the rest of the address', () => {
    const params = new URLSearchParams('from=2026-10&stale=14');
    expect(withStaleDays(params, 7).toString()).toBe('from=2026-10');
    expect(withStaleDays(params, 30).toString()).toBe('from=2026-10&stale=30');
  });
});
