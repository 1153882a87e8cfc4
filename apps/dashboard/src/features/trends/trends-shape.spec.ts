import { care, repairs, receiptRule } from '../../test/insight-fixtures';
import {
  MAX_LINES,
  metricFlags,
  readTrendOptions,
  splitValues,
  withTrendOptions,
} from './trends-shape';
import { mergeMarkers } from './useSplitTrends';

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

describe('splitValues', () => {
  const names = {
    teams: [repairs, care],
    themes: [],
    policies: [receiptRule],
  };

  it('makes one line per value, each narrowing the page’s filter, teams by name', () => {
    const { values, total } = splitValues('TEAM', { kinds: ['COMPLAINT'] }, names);
    expect(total).toBe(2);
    expect(values).toEqual([
      {
        key: care.id,
        label: 'Customer Care',
        filter: { kinds: ['COMPLAINT'], teamIds: [care.id] },
      },
      {
        key: repairs.id,
        label: 'Repairs & Installations',
        filter: { kinds: ['COMPLAINT'], teamIds: [repairs.id] },
      },
    ]);
  });

  it('splits only into the values the filter chose, and at most a readable number of lines', () => {
    expect(
      splitValues('TEAM', { teamIds: [repairs.id] }, names).values.map((v) => v.label),
    ).toEqual(['Repairs & Installations']);
    expect(splitValues('CHANNEL', {}, names)).toMatchObject({ total: 7 });
    expect(splitValues('CHANNEL', {}, names).values).toHaveLength(Math.min(7, MAX_LINES));
    expect(splitValues('KIND', { kinds: ['REQUEST'] }, names).values.map((v) => v.key)).toEqual([
      'REQUEST',
    ]);
    expect(splitValues('NONE', {}, names)).toEqual({ values: [], total: 0 });
  });
});

describe('mergeMarkers', () => {
  it('keeps each action’s milestone once per bucket across the lines', () => {
    const action = (actionId: string, milestone: 'STARTED' | 'DONE') => ({
      __typename: 'ActionMarker' as const,
      actionId,
      title: actionId,
      milestone,
      on: '2026-10-07',
    });
    const marker = (periodStart: string, actions: ReturnType<typeof action>[]) => ({
      __typename: 'ChangeMarker' as const,
      periodStart,
      actions,
    });
    const merged = mergeMarkers([
      [marker('2026-10-05', [action('a', 'DONE')])],
      [
        marker('2026-10-05', [action('a', 'DONE'), action('b', 'STARTED')]),
        marker('2026-09-28', [action('c', 'DONE')]),
      ],
    ]);
    expect(merged.map((m) => [m.periodStart, m.actions.map((a) => a.actionId)])).toEqual([
      ['2026-09-28', ['c']],
      ['2026-10-05', ['a', 'b']],
    ]);
  });
});
