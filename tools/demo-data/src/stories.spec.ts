import { IMPROVEMENT_ACTION, POLICY_CHANGE, TEAM_OVERLOAD, describeStories } from './stories';
import type { DemoItem } from './types';
import { NOW, generate } from '../test/fixtures';
import {
  DAY_MS,
  citesPolicy,
  dayMs,
  firstResponseMinutes,
  mean,
  median,
  minutesIn,
  perWeek,
  pulseBetween,
  receivedBetween,
  sickDaysBetween,
} from '../test/measures';

// Seasons repeat, so most comparisons are year on year: a window after a milestone against the
// same weeks a year earlier. Growth is under 25% a year, so a steady organisation stays near 1.
const YEAR = 364;
const today = dayMs(NOW.toISOString().slice(0, 10));
const ago = (days: number) => today - days * DAY_MS;
const nowMs = NOW.getTime();

const withStories = generate({ items: 20_000 });
const steady = generate({ items: 20_000, stories: false });

function yearOnYear(
  measure: (fromDays: number, toDays: number) => number,
  fromDays: number,
  toDays: number,
): number {
  return measure(fromDays, toDays) / measure(fromDays + YEAR, toDays + YEAR);
}

describe('story dates', () => {
  it('puts every milestone the documented number of days before now', () => {
    const stories = describeStories(NOW);
    expect(stories.map((story) => story.key)).toEqual([
      'policy-change',
      'team-overload',
      'improvement-action',
    ]);
    const change = stories[0].milestones[0];
    expect(change).toMatchObject({ name: 'changedOn', on: '2025-01-16' });
    expect(dayMs(change.on)).toBe(ago(POLICY_CHANGE.changedDaysBeforeNow));
    expect(stories[1].milestones.map((milestone) => milestone.name)).toEqual([
      'pulseRiseFrom',
      'sickLeaveFrom',
      'departure1',
      'departure2',
      'departure3',
      'slowdownFrom',
    ]);
  });

  it('lists the stories and the action only when stories are on', () => {
    expect(withStories.data.stories).toHaveLength(3);
    expect(steady.data.stories).toEqual([]);
    const action = withStories.data.organisation.actions.find(
      (a) => a.key === IMPROVEMENT_ACTION.actionKey,
    );
    expect(action).toMatchObject({
      status: 'done',
      policyKey: IMPROVEMENT_ACTION.policyKey,
      teamKey: IMPROVEMENT_ACTION.teamKey,
      startedOn: describeStories(NOW)[2].milestones[0].on,
      doneOn: describeStories(NOW)[2].milestones[1].on,
    });
    expect(
      steady.data.organisation.actions.some((a) => a.key === IMPROVEMENT_ACTION.actionKey),
    ).toBe(false);
  });
});

describe('story 1: a stricter receipt rule raises complaints about it', () => {
  const changed = POLICY_CHANGE.changedDaysBeforeNow;
  const policyComplaints = (items: DemoItem[]) =>
    items.filter((item) => item.kind === 'complaint' && citesPolicy(item, POLICY_CHANGE.policyKey));
  const refusals = (items: DemoItem[]) =>
    items.filter(
      (item) =>
        item.events.some(
          (event) =>
            event.type === 'exception_refused' && event.policyKey === POLICY_CHANGE.policyKey,
        ) ||
        (item.viability === 'hard_no' && citesPolicy(item, POLICY_CHANGE.policyKey)),
    );
  const weekly = (items: DemoItem[]) => (from: number, to: number) =>
    perWeek(items, ago(from), ago(to));

  it('triples complaints citing the policy in the 12 weeks after the change, year on year and against the weeks before', () => {
    const complaints = policyComplaints(withStories.items);
    expect(yearOnYear(weekly(complaints), changed, changed - 84)).toBeGreaterThan(2.5);
    expect(
      weekly(complaints)(changed, changed - 28) / weekly(complaints)(changed + 28, changed),
    ).toBeGreaterThan(2);
  });

  it('raises refused exceptions and hard noes on the policy with it', () => {
    expect(yearOnYear(weekly(refusals(withStories.items)), changed, changed - 84)).toBeGreaterThan(
      2.5,
    );
  });

  it('leaves complaints about other policies as they were', () => {
    const others = withStories.items.filter(
      (item) =>
        item.kind === 'complaint' &&
        item.policyKey !== null &&
        item.policyKey !== POLICY_CHANGE.policyKey,
    );
    const ratio = yearOnYear(weekly(others), changed, changed - 84);
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.45);
  });

  it('shows no rise in a steady organisation', () => {
    const ratio = yearOnYear(weekly(policyComplaints(steady.items)), changed, changed - 84);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });
});

describe('story 2: Repairs becomes overloaded, people first and response times later', () => {
  const team = TEAM_OVERLOAD.teamKey;
  const rise = TEAM_OVERLOAD.pulseRiseDaysBeforeNow;
  const sick = TEAM_OVERLOAD.sickLeaveDaysBeforeNow;
  const slowdown = TEAM_OVERLOAD.slowdownDaysBeforeNow;
  const workload = (run: typeof steady, teamKey: string) => (from: number, to: number) =>
    mean(
      pulseBetween(run.data.pulseEntries, teamKey, ago(from), ago(to)).map(
        (entry) => entry.workload,
      ),
    );
  const responseMedian = (run: typeof steady) => (from: number, to: number) =>
    median(
      receivedBetween(
        run.items.filter((item) => item.teamKey === team),
        ago(from),
        ago(to),
      )
        .map(firstResponseMinutes)
        .filter((minutes): minutes is number => minutes !== null),
    );
  const leadTimeMedian = (run: typeof steady) => (from: number, to: number) =>
    median(
      receivedBetween(
        run.items.filter((item) => item.teamKey === team && item.resolvedAt),
        ago(from),
        ago(to),
      ).map((item) => (item.resolvedAt?.getTime() ?? 0) - item.receivedAt.getTime()),
    );
  const resolutionBreaches = (run: typeof steady) => (from: number, to: number) => {
    const targets = new Map(
      run.data.organisation.serviceLevels.map((level) => [
        `${level.kind}:${level.priority}`,
        level,
      ]),
    );
    const resolved = receivedBetween(
      run.items.filter((item) => item.teamKey === team && item.resolvedAt),
      ago(from),
      ago(to),
    );
    const late = resolved.filter((item) => {
      const target = targets.get(`${item.kind}:${item.priority}`)?.resolutionMinutes ?? Infinity;
      return ((item.resolvedAt?.getTime() ?? 0) - item.receivedAt.getTime()) / 60_000 > target;
    });
    return late.length / resolved.length;
  };

  it('raises the team’s pulse workload by more than a point once the rise is complete, and not other teams’', () => {
    const before = workload(withStories, team)(rise + 84, rise);
    expect(workload(withStories, team)(rise - 56, rise - 140) - before).toBeGreaterThan(1);
    const billing = workload(withStories, 'billing');
    expect(Math.abs(billing(rise - 56, rise - 140) - billing(rise + 84, rise))).toBeLessThan(0.4);
  });

  it('fills the team’s pulse with overload language', () => {
    const overloadShare = (from: number, to: number) => {
      const entries = pulseBetween(withStories.data.pulseEntries, team, ago(from), ago(to));
      return entries.filter((entry) => entry.cues.includes('overload')).length / entries.length;
    };
    expect(overloadShare(rise - 56, rise - 140)).toBeGreaterThan(
      2 * overloadShare(rise + 84, rise),
    );
  });

  it('then triples sick leave and loses three people before responses slow', () => {
    // Per week, against the half year before: long absences are lumpy in a team of 14.
    const sickDaysPerWeek = (run: typeof steady, from: number, to: number) =>
      sickDaysBetween(run.data.staffingEvents, team, ago(from), ago(to)) / ((from - to) / 7);
    const ratio = (run: typeof steady) =>
      sickDaysPerWeek(run, sick, sick - 84) / sickDaysPerWeek(run, sick + 182, sick);
    expect(ratio(withStories)).toBeGreaterThan(3);
    expect(ratio(steady)).toBeLessThan(3);
    const departures = withStories.data.staffingEvents.filter(
      (event) => event.teamKey === team && event.type === 'departure',
    );
    for (const days of TEAM_OVERLOAD.departureDaysBeforeNow) {
      expect(departures.some((event) => dayMs(event.occurredOn) === ago(days))).toBe(true);
    }
    expect(Math.max(...TEAM_OVERLOAD.departureDaysBeforeNow)).toBeLessThan(rise);
    expect(Math.min(...TEAM_OVERLOAD.departureDaysBeforeNow)).toBeGreaterThan(slowdown);
  });

  it('keeps first responses at their usual speed while the pulse rises, and more than doubles them after the slowdown', () => {
    expect(yearOnYear(responseMedian(withStories), rise - 56, slowdown)).toBeLessThan(1.6);
    expect(yearOnYear(responseMedian(withStories), slowdown - 28, 30)).toBeGreaterThan(2);
  });

  it('resolves more slowly and breaks more resolution targets after the slowdown', () => {
    expect(yearOnYear(leadTimeMedian(withStories), slowdown - 28, 30)).toBeGreaterThan(1.4);
    expect(yearOnYear(leadTimeMedian(steady), slowdown - 28, 30)).toBeLessThan(1.3);
    expect(yearOnYear(resolutionBreaches(withStories), slowdown - 28, 30)).toBeGreaterThan(1.2);
    expect(yearOnYear(resolutionBreaches(steady), slowdown - 28, 30)).toBeLessThan(1.25);
  });

  it('shows none of it in a steady organisation', () => {
    expect(
      Math.abs(
        workload(steady, team)(rise - 56, rise - 140) -
          workload(steady, team)(rise - 56 + YEAR, rise - 140 + YEAR),
      ),
    ).toBeLessThan(0.4);
    const ratio = yearOnYear(responseMedian(steady), slowdown - 28, 30);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
    expect(
      steady.data.staffingEvents.filter(
        (event) => event.teamKey === team && event.type === 'departure',
      ).length,
    ).toBeLessThan(8);
  });
});

describe('story 3: removing director approval removes the laptop bottleneck', () => {
  const started = IMPROVEMENT_ACTION.startedDaysBeforeNow;
  const done = IMPROVEMENT_ACTION.doneDaysBeforeNow;
  const laptops = (items: DemoItem[]) =>
    items.filter(
      (item) =>
        item.teamKey === IMPROVEMENT_ACTION.teamKey &&
        citesPolicy(item, IMPROVEMENT_ACTION.policyKey),
    );
  // Closed items only, so every wait is complete.
  const waits = (items: DemoItem[], from: number, to: number) =>
    receivedBetween(items, ago(from), ago(to))
      .filter((item) => item.status === 'closed')
      .map((item) => minutesIn(item, 'waiting_internal', nowMs));

  it('cuts the median wait for approval from days to under half a day', () => {
    const before = median(waits(laptops(withStories.items), started + 182, started));
    const after = median(waits(laptops(withStories.items), done - 14, 30));
    expect(before).toBeGreaterThan(3 * 24 * 60);
    expect(after).toBeLessThan(12 * 60);
  });

  // The other teams pooled, up to the receipt-rule change (which later adds escalations, and
  // their waits, in Billing and Customer Care).
  it('leaves the other teams’ waiting_internal time flat, as a control', () => {
    const others = withStories.items.filter((item) => item.teamKey !== IMPROVEMENT_ACTION.teamKey);
    const ratio =
      mean(waits(others, done - 14, POLICY_CHANGE.changedDaysBeforeNow)) /
      mean(waits(others, started + 182, started));
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(1.25);
  });

  it('keeps the bottleneck in a steady organisation', () => {
    const before = median(waits(laptops(steady.items), started + 182, started));
    const after = median(waits(laptops(steady.items), done - 14, 30));
    expect(after).toBeGreaterThan(3 * 24 * 60);
    expect(after / before).toBeGreaterThan(0.6);
    expect(after / before).toBeLessThan(1.6);
  });
});
