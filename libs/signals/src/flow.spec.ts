import {
  ItemFlow,
  OpenInterval,
  StatusChange,
  arrivalsAndCompletions,
  backlogAt,
  durationPercentiles,
  elapsedPercentiles,
  itemFlow,
  rankWaits,
  summarizeFlow,
  timeByStatus,
} from './flow';
import { DAY_MS, HOUR_MS } from './time';

const t0 = Date.parse('2024-03-04T09:00:00Z');
const h = (hours: number) => t0 + hours * HOUR_MS;
const options = {
  doneStatuses: ['resolved', 'closed'],
  waitingStatuses: ['awaiting approval', 'waiting for customer'],
  now: h(1000),
};
const timeline = (...steps: [string, number][]): StatusChange[] =>
  steps.map(([status, hours]) => ({ status, at: h(hours) }));

describe('itemFlow', () => {
  it('splits a resolved item’s 10-hour lead time into 6 waiting and 4 working hours (efficiency 40%)', () => {
    const flow = itemFlow(
      timeline(
        ['new', 0],
        ['in progress', 1],
        ['awaiting approval', 3],
        ['in progress', 9],
        ['resolved', 10],
        ['closed', 30],
      ),
      options,
    );
    expect(flow).toMatchObject({
      done: true,
      finishedAt: h(10),
      leadMs: 10 * HOUR_MS,
      reopened: 0,
    });
    expect(flow.waitingMs).toBe(6 * HOUR_MS);
    expect(flow.workingMs).toBe(4 * HOUR_MS);
    expect(flow.flowEfficiency).toBeCloseTo(0.4, 12);
    expect(flow.timeInStatus).toEqual([
      { status: 'new', ms: HOUR_MS, waiting: false },
      { status: 'in progress', ms: 3 * HOUR_MS, waiting: false },
      { status: 'awaiting approval', ms: 6 * HOUR_MS, waiting: true },
    ]);
  });

  it('ages an open item to now and leaves it unfinished', () => {
    const flow = itemFlow(timeline(['new', 0], ['waiting for customer', 2]), {
      ...options,
      now: h(12),
    });
    expect(flow).toMatchObject({
      done: false,
      finishedAt: null,
      leadMs: 12 * HOUR_MS,
      waitingMs: 10 * HOUR_MS,
    });
  });

  it('counts a reopen and excludes the time it sat resolved from its lead time', () => {
    const flow = itemFlow(
      timeline(['new', 0], ['resolved', 2], ['in progress', 50], ['resolved', 53]),
      options,
    );
    expect(flow).toMatchObject({ done: true, reopened: 1, finishedAt: h(53), leadMs: 5 * HOUR_MS });
  });

  it('measures the item as it stood at now, ignoring later events', () => {
    const flow = itemFlow(timeline(['new', 0], ['in progress', 5], ['resolved', 20]), {
      ...options,
      now: h(10),
    });
    expect(flow).toMatchObject({ done: false, leadMs: 10 * HOUR_MS });
  });

  it('rejects a timeline out of order, naming the entry', () => {
    expect(() => itemFlow(timeline(['new', 5], ['in progress', 1]), options)).toThrow(
      'timeline[1].at must not be before the previous status change',
    );
  });
});

describe('summarizeFlow and rankWaits', () => {
  const flows: ItemFlow[] = [
    itemFlow(
      timeline(['new', 0], ['awaiting approval', 1], ['in progress', 41], ['resolved', 42]),
      options,
    ),
    itemFlow(
      timeline(['new', 0], ['waiting for customer', 1], ['in progress', 5], ['resolved', 6]),
      options,
    ),
    itemFlow(
      timeline(['new', 0], ['awaiting approval', 2], ['in progress', 22], ['resolved', 24]),
      options,
    ),
    itemFlow(timeline(['new', 0], ['resolved', 1], ['in progress', 3], ['resolved', 4]), options),
    itemFlow(timeline(['new', 990]), options),
  ];

  it('summarises lead time p50/p90, flow efficiency over finished items and the reopen rate', () => {
    const summary = summarizeFlow(flows);
    expect(summary).toMatchObject({ items: 5, done: 4, open: 1 });
    // Finished lead times: 42, 6, 24, 2 hours → sorted 2, 6, 24, 42.
    expect(summary.leadP50Ms).toBe(15 * HOUR_MS);
    expect(summary.leadP90Ms).toBeCloseTo(36.6 * HOUR_MS, 6);
    // Working 2 + 2 + 4 + 2 = 10 hours of 74.
    expect(summary.flowEfficiency).toBeCloseTo(10 / 74, 12);
    expect(summary.reopenRate).toMatchObject({ successes: 1, trials: 4, share: 0.25 });
  });

  it('totals the time in every open status with its share of lead time', () => {
    const statuses = timeByStatus(flows);
    expect(statuses.map((s) => [s.status, s.totalMs / HOUR_MS, s.waiting])).toEqual([
      ['awaiting approval', 60, true],
      ['new', 15, false],
      ['in progress', 5, false],
      ['waiting for customer', 4, true],
    ]);
    // Open time: 74 hours finished + 10 hours of the open item.
    expect(statuses[0].shareOfLead).toBeCloseTo(60 / 84, 12);
  });

  it('ranks the approval step as where requests wait longest', () => {
    const ranks = rankWaits(flows);
    expect(ranks.map((r) => r.status)).toEqual(['awaiting approval', 'waiting for customer']);
    expect(ranks[0]).toMatchObject({ totalMs: 60 * HOUR_MS, items: 2, p50Ms: 30 * HOUR_MS });
    expect(ranks[0].shareOfWaiting).toBeCloseTo(60 / 64, 12);
  });
});

describe('durationPercentiles', () => {
  it('matches survfit(): a Kaplan–Meier median of 5 when 3 of 6 items are still open', () => {
    // Times 1, 2+, 3, 4+, 5, 6+ (+ = open): S(1) = 5/6, S(3) = 5/6·3/4 = 0.625, S(5) = 0.625·1/2.
    const result = durationPercentiles([
      { durationMs: 1, finished: true },
      { durationMs: 2, finished: false },
      { durationMs: 3, finished: true },
      { durationMs: 4, finished: false },
      { durationMs: 5, finished: true },
      { durationMs: 6, finished: false },
    ]);
    expect(result).toMatchObject({ count: 6, finished: 3, stillOpen: 3 });
    expect(result.finishedOnly).toEqual({ p50Ms: 3, p90Ms: 4.6 });
    expect(result.includingOpen).toEqual({ p50Ms: 5, p90Ms: null });
  });

  it('reports a longer honest median than the finished-only one when old items are still open', () => {
    const now = h(100);
    const result = elapsedPercentiles(
      [
        { startAt: h(0), endAt: h(2) },
        { startAt: h(0), endAt: h(4) },
        { startAt: h(0), endAt: null },
        { startAt: h(0), endAt: null },
        { startAt: h(0), endAt: null },
      ],
      now,
    );
    expect(result.finishedOnly.p50Ms).toBe(3 * HOUR_MS);
    expect(result.includingOpen.p50Ms).toBeNull();
  });

  it('rejects an end before its start, naming the item', () => {
    expect(() => elapsedPercentiles([{ startAt: h(5), endAt: h(1) }], h(10))).toThrow(
      'items[0].endAt must not be before startAt',
    );
  });
});

describe('backlog and arrivals', () => {
  const items: OpenInterval[] = [
    { id: 'a', receivedAt: t0 - 100 * DAY_MS, resolvedAt: null },
    { id: 'b', receivedAt: t0 - 40 * DAY_MS, resolvedAt: t0 + 2 * DAY_MS },
    { id: 'c', receivedAt: t0 - 3 * DAY_MS, resolvedAt: null },
    { id: 'd', receivedAt: t0 + 1 * DAY_MS, resolvedAt: t0 + 8 * DAY_MS },
    { id: 'e', receivedAt: t0 + 9 * DAY_MS, resolvedAt: null },
    { id: 'f', receivedAt: t0 - 10 * DAY_MS, resolvedAt: t0 - 5 * DAY_MS },
  ];

  it('counts the backlog at an instant with its ages, oldest items and age bands', () => {
    const backlog = backlogAt(items, t0);
    expect(backlog.count).toBe(3);
    expect(backlog.oldest.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(backlog.ageP50Ms).toBe(40 * DAY_MS);
    expect(backlog.bands.map((b) => [b.label, b.count])).toEqual([
      ['0–7 days', 1],
      ['7–30 days', 0],
      ['30–90 days', 1],
      ['90+ days', 1],
    ]);
  });

  it('tracks weekly arrivals against completions with the running backlog', () => {
    const weekStart = Date.parse('2024-03-04T00:00:00Z');
    const weeks = arrivalsAndCompletions(
      items,
      { from: weekStart, to: weekStart + 14 * DAY_MS },
      'week',
    );
    // Open at the start: a, b, c. Week 1: d arrives, b completes. Week 2: e arrives, d completes.
    expect(weeks).toEqual([
      { at: weekStart, arrivals: 1, completions: 1, net: 0, backlogAtEnd: 3 },
      { at: weekStart + 7 * DAY_MS, arrivals: 1, completions: 1, net: 0, backlogAtEnd: 3 },
    ]);
  });

  it('rejects an item resolved before it was received', () => {
    expect(() =>
      arrivalsAndCompletions(
        [{ id: 'x', receivedAt: 10, resolvedAt: 5 }],
        { from: 0, to: DAY_MS },
        'day',
      ),
    ).toThrow('items[0].resolvedAt must not be before receivedAt');
  });
});
