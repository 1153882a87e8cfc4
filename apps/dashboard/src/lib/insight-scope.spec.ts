import {
  insightSearch,
  lastWholeMonth,
  lastWholeMonths,
  readInsightScope,
  toScopeInput,
  withInsightScope,
} from './insight-scope';

const now = new Date('2026-11-22T21:00:00Z');
const TEAM = '7d4763a1-618e-44a8-99e7-3f29f691c8c0';
const options = { now, defaultRange: lastWholeMonth(now), maxMonths: 12 };

describe('readInsightScope', () => {
  it('shows the last whole month against the one before when the URL names nothing', () => {
    expect(readInsightScope(new URLSearchParams(), options)).toEqual({
      scope: { range: { from: '2026-10', to: '2026-10' }, comparison: 'PREVIOUS', filter: {} },
      adjusted: false,
      dropped: [],
    });
  });

  it('reads the period, the comparison and the filter from the URL', () => {
    const read = readInsightScope(
      new URLSearchParams(`from=2026-01&to=2026-03&compare=year-ago&team=${TEAM}&kind=complaint`),
      options,
    );
    expect(read.scope).toEqual({
      range: { from: '2026-01', to: '2026-03' },
      comparison: 'YEAR_AGO',
      filter: { teamIds: [TEAM], kinds: ['COMPLAINT'] },
    });
    expect(read.adjusted).toBe(false);
  });

  it('falls back on an unreadable period and names a bad comparison or filter value', () => {
    const read = readInsightScope(
      new URLSearchParams('from=last-year&compare=someday&kind=grumble'),
      options,
    );
    expect(read.scope.range).toEqual({ from: '2026-10', to: '2026-10' });
    expect(read.scope.comparison).toBe('PREVIOUS');
    expect(read.adjusted).toBe(true);
    expect(read.dropped).toEqual(['compare "someday"', 'kind "grumble"']);
  });

  it('trims a period longer than the page accepts', () => {
    const read = readInsightScope(new URLSearchParams('from=2024-01&to=2026-10'), options);
    expect(read.scope.range).toEqual({ from: '2025-11', to: '2026-10' });
    expect(read.adjusted).toBe(true);
  });
});

describe('the scope in URLs and queries', () => {
  const scope = {
    range: { from: '2026-09', to: '2026-10' },
    comparison: 'PREVIOUS' as const,
    filter: { teamIds: [TEAM] },
  };

  it('keeps other parameters and leaves out the default comparison', () => {
    const params = withInsightScope(new URLSearchParams('policy-view=x&kind=request'), scope);
    expect(params.toString()).toBe(`policy-view=x&from=2026-09&to=2026-10&team=${TEAM}`);
    expect(insightSearch({ ...scope, comparison: 'NONE', filter: {} })).toBe(
      '?from=2026-09&to=2026-10&compare=none',
    );
  });

  it('asks the API for whole days, the day after the last month not included', () => {
    expect(toScopeInput(scope)).toEqual({
      from: '2026-09-01',
      to: '2026-11-01',
      comparison: 'PREVIOUS',
      filter: { teamIds: [TEAM] },
    });
    expect(toScopeInput({ ...scope, filter: {} })).not.toHaveProperty('filter');
  });

  it('counts whole months back from the last finished one', () => {
    expect(lastWholeMonths(3, now)).toEqual({ from: '2026-08', to: '2026-10' });
  });
});
