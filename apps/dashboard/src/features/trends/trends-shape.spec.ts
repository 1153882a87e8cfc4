import { care, repairs } from '../../test/insight-fixtures';
import {
  metricFlags,
  readTrendOptions,
  splitLineKey,
  splitLineLabel,
  withTrendOptions,
} from './trends-shape';

describe('trend options in the URL', () => {
  it('reads the metric, buckets and split, each with its default', () => {
    expect(readTrendOptions(new URLSearchParams(''))).toEqual({
      metric: 'COMPLAINTS',
      interval: 'WEEK',
      split: 'NONE',
    });
    expect(
      readTrendOptions(new URLSearchParams('metric=negative-share&every=month&split=team')),
    ).toEqual({ metric: 'NEGATIVE_SHARE', interval: 'MONTH', split: 'TEAM' });
    expect(readTrendOptions(new URLSearchParams('metric=mood&every=hour')).metric).toBe(
      'COMPLAINTS',
    );
  });

  it('writes them back, keeping the period and leaving out no split', () => {
    const params = withTrendOptions(new URLSearchParams('from=2026-01&split=team'), {
      metric: 'SATISFACTION',
      interval: 'DAY',
      split: 'NONE',
    });
    expect(params.toString()).toBe('from=2026-01&metric=satisfaction&every=day');
  });

  it('asks the API for the metric shown only', () => {
    expect(metricFlags('VOLUME')).toEqual({
      volume: true,
      complaints: false,
      negativeShare: false,
      sentiment: false,
      satisfaction: false,
    });
  });
});

describe('split lines', () => {
  it('names a line by its team, theme or policy, else by its channel or kind', () => {
    expect(splitLineLabel({ subject: repairs, channel: null, kind: null })).toBe(repairs.name);
    expect(splitLineLabel({ subject: null, channel: 'WEB_FORM', kind: null })).toBe('Web form');
    expect(splitLineLabel({ subject: null, channel: null, kind: 'COMPLAINT' })).toBe('Complaint');
    expect(splitLineKey({ subject: care, channel: null, kind: null })).toBe(care.id);
    expect(splitLineKey({ subject: null, channel: 'PHONE', kind: null })).toBe('PHONE');
  });
});
