import { bucketCounts, scoreOrigins, tweetTime } from './forecast';

describe('forecast evaluation helpers', () => {
  it('counts events per key in dense buckets, leaving out those outside', () => {
    const events = [
      { key: 'b', at: 5 },
      { key: 'a', at: 0 },
      { key: 'a', at: 25 },
      { key: 'a', at: 30 },
      { key: 'a', at: -1 },
    ];
    expect(bucketCounts(events, 0, 30, 10)).toEqual([
      { name: 'a', values: [1, 0, 1] },
      { name: 'b', values: [1, 0, 0] },
    ]);
  });

  it('scores errors and interval coverage over every step', () => {
    const point = (mean: number) => ({
      step: 1,
      mean,
      lower80: mean - 1,
      upper80: mean + 1,
      lower95: mean - 3,
      upper95: mean + 3,
    });
    const scores = scoreOrigins([
      { origin: 3, points: [point(10), point(10)], actuals: [10, 12] },
      { origin: 4, points: [point(5)], actuals: [0] },
    ]);
    expect(scores).toEqual({
      mae: 7 / 3,
      mape: (0 + 2 / 12) / 2,
      coverage80: 1 / 3,
      coverage95: 2 / 3,
      forecasts: 3,
    });
  });

  it('reads the tweets’ local times with their offset', () => {
    expect(new Date(tweetTime('2015-02-24 11:35:52 -0800')).toISOString()).toBe(
      '2015-02-24T19:35:52.000Z',
    );
  });
});
