import { DomainError } from '../../common/domain-error';
import { ItemKind } from '../../items/item.enums';
import { MAX_RANGE_DAYS, volumePoints, volumeRange } from './item-volume.compose';
import { Interval } from './item-volume.types';

const at = (iso: string) => new Date(iso);
const now = Date.parse('2025-06-17T12:00:00Z');

describe('volumeRange', () => {
  it('ends now and starts on the first of the month 24 months back when nothing is given', () => {
    expect(volumeRange({ interval: Interval.MONTH }, now)).toEqual({
      from: at('2023-06-01T00:00:00Z'),
      to: at('2025-06-17T12:00:00Z'),
    });
  });

  it('counts the default start back from a given end, across a year boundary', () => {
    expect(
      volumeRange({ to: at('2025-01-15T00:00:00Z'), interval: Interval.MONTH }, now).from,
    ).toEqual(at('2023-01-01T00:00:00Z'));
  });

  it('keeps a range exactly as long as its interval allows', () => {
    const to = at('2025-06-01T00:00:00Z');
    const from = new Date(to.getTime() - MAX_RANGE_DAYS[Interval.DAY] * 86_400_000);
    expect(volumeRange({ from, to, interval: Interval.DAY }, now)).toEqual({ from, to });
  });

  it('refuses a longer range on `from`, naming the limit for the interval', () => {
    const ask = () =>
      volumeRange(
        {
          from: at('2024-01-01T00:00:00Z'),
          to: at('2025-06-01T00:00:00Z'),
          interval: Interval.DAY,
        },
        now,
      );
    expect(ask).toThrow(DomainError);
    expect(ask).toThrow('Invalid input: the range may span at most 400 days for day.');
    // The default two years are too long for days, fine for weeks.
    expect(() => volumeRange({ interval: Interval.DAY }, now)).toThrow(DomainError);
    expect(volumeRange({ interval: Interval.WEEK }, now).from).toEqual(at('2023-06-01T00:00:00Z'));
  });
});

describe('volumePoints', () => {
  it('passes each bucket and kind through with its count', () => {
    expect(
      volumePoints([
        { period_start: at('2025-05-01T00:00:00Z'), kind: ItemKind.COMPLAINT, count: 7 },
      ]),
    ).toEqual([{ periodStart: at('2025-05-01T00:00:00Z'), kind: ItemKind.COMPLAINT, count: 7 }]);
    expect(volumePoints([])).toEqual([]);
  });
});
