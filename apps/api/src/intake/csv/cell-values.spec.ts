import { timestampValue } from './cell-values';

describe('timestampValue', () => {
  it("reads ISO 8601, plain dates and times, and Jira's export format as UTC", () => {
    const at = (cell: string) => {
      const parsed = timestampValue(cell);
      return 'value' in parsed ? parsed.value.toISOString() : parsed.rule;
    };
    expect(at('2026-03-02T09:30:00Z')).toBe('2026-03-02T09:30:00.000Z');
    expect(at('2026-03-02 09:30')).toBe('2026-03-02T09:30:00.000Z');
    expect(at('10/Feb/26 9:15 AM')).toBe('2026-02-10T09:15:00.000Z');
    expect(at('10/feb/2026 12:05 PM')).toBe('2026-02-10T12:05:00.000Z');
    expect(at('1/Mar/26 12:40 AM')).toBe('2026-03-01T00:40:00.000Z');
    expect(at('31/Feb/26 9:15 AM')).toBe('isDateTime');
    expect(at('10/Foo/26 9:15 AM')).toBe('isDateTime');
    expect(at('10/Feb/26 13:15 PM')).toBe('isDateTime');
  });
});
