import { RateLimitedLog } from './rate-limited-log';

describe('RateLimitedLog', () => {
  it('writes one line per kind per interval and reports how many it suppressed', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new RateLimitedLog(
      (line) => lines.push(line),
      10_000,
      () => now,
    );
    log.log('database', 'down');
    log.log('database', 'down');
    log.log('other', 'boom');
    now = 9_999;
    log.log('database', 'down');
    now = 10_000;
    log.log('database', 'down');
    expect(lines).toEqual(['down', 'boom', 'down (2 more like it suppressed since the last)']);
  });
});
