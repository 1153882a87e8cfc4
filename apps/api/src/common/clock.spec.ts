import { readAppConfig } from '../config/app-config';
import { startClockAt } from './process-clock';

describe('startClockAt', () => {
  const NativeDate = Date;
  let realNow = 1_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => realNow));
  afterEach(() => {
    globalThis.Date = NativeDate;
    jest.restoreAllMocks();
  });

  it('starts "now" at the given instant and lets it run on at the real pace', () => {
    startClockAt(new NativeDate('2026-11-20T12:00:00Z'));
    expect(new Date().toISOString()).toBe('2026-11-20T12:00:00.000Z');
    realNow += 90_000;
    expect(Date.now()).toBe(NativeDate.parse('2026-11-20T12:01:30Z'));
    expect(new Date().toISOString()).toBe('2026-11-20T12:01:30.000Z');
  });

  it('leaves dates built from a value alone, and every date is still a Date', () => {
    const before = new NativeDate('2020-02-02T00:00:00Z');
    startClockAt(new NativeDate('2026-11-20T12:00:00Z'));
    expect(new Date('2020-02-02T00:00:00Z').getTime()).toBe(before.getTime());
    expect(new Date(2020, 1, 2).getFullYear()).toBe(2020);
    expect(Date.UTC(2020, 1, 2)).toBe(before.getTime());
    expect(before).toBeInstanceOf(Date);
    expect(new Date()).toBeInstanceOf(NativeDate);
    expect(Date()).toBe(new NativeDate(Date.now()).toString());
  });
});

describe('FULCRUM_NOW', () => {
  it('takes a UTC timestamp and refuses anything that would move with the time zone', () => {
    expect(readAppConfig({ FULCRUM_NOW: '2026-11-20T12:00:00Z' }).now?.toISOString()).toBe(
      '2026-11-20T12:00:00.000Z',
    );
    expect(readAppConfig({}).now).toBeUndefined();
    for (const raw of ['2026-11-20', '2026-11-20T12:00:00', '2026-02-31T12:00:00Z'])
      expect(() => readAppConfig({ FULCRUM_NOW: raw })).toThrow(
        /FULCRUM_NOW must be a UTC timestamp/,
      );
  });
});
