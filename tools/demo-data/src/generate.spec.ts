import { generateDemoData } from './generate';
import type { DemoItem } from './types';
import { ITEM_STATUSES, WAITING_STATUSES } from './vocabulary';
import { NOW, generate } from '../test/fixtures';

// Checks run over every item and event; they collect offenders and assert once, which keeps
// failures readable and the suite fast.
const { data, items } = generate({ items: 6000, seed: 7 });
const nowMs = NOW.getTime();

function statusChanges(item: DemoItem) {
  return item.events.filter((event) => event.type === 'status_changed');
}

describe('generateDemoData', () => {
  it('gives the same output for the same seed and now, and different output for another seed', () => {
    const fingerprint = (seed: number) => {
      const { data: run, items: runItems } = generate({ items: 2000, seed });
      return JSON.stringify([runItems, run.pulseEntries, run.staffingEvents, run.organisation]);
    };
    expect(fingerprint(3)).toBe(fingerprint(3));
    expect(fingerprint(4)).not.toBe(fingerprint(3));
  });

  it('yields exactly the requested number of items in batches of batchSize, the same on every pass', () => {
    const small = generateDemoData({ now: NOW, items: 2500, batchSize: 1000 });
    expect([...small.items].map((batch) => batch.length)).toEqual([1000, 1000, 500]);
    const ids = () => [...small.items].flat().map((item) => item.externalId);
    expect(ids()).toEqual(ids());
    expect(items).toHaveLength(6000);
    expect(data.itemCount).toBe(6000);
  });

  it('orders items by arrival within the period and gives each a unique external id', () => {
    const outOfOrder = items.filter(
      (item, i) => i > 0 && item.receivedAt < items[i - 1].receivedAt,
    );
    expect(outOfOrder).toEqual([]);
    expect(items[0].receivedAt.getTime()).toBeGreaterThanOrEqual(data.from.getTime());
    expect(items[items.length - 1].receivedAt.getTime()).toBeLessThanOrEqual(nowMs);
    expect(new Set(items.map((item) => item.externalId)).size).toBe(items.length);
    expect(items[0].externalId).toBe('DEMO-0000001');
  });

  it('dates no event after now and keeps each timeline in order from the item’s arrival', () => {
    const offenders = items.filter((item) => {
      let previous = item.receivedAt.getTime();
      return item.events.some((event) => {
        const ms = event.occurredAt.getTime();
        const bad = ms < previous || ms > nowMs;
        previous = ms;
        return bad;
      });
    });
    expect(offenders.map((item) => item.externalId)).toEqual([]);
  });

  it('keeps received, first response, resolved and closed equal to the events that set them', () => {
    const offenders = items.filter((item) => {
      const changes = statusChanges(item);
      const first = changes[0];
      const last = changes[changes.length - 1];
      const firstReply = item.events.find((event) => event.type === 'staff_reply');
      const lastResolved = changes.filter((event) => event.status === 'resolved').pop();
      const done = item.status === 'resolved' || item.status === 'closed';
      const expectedResolved = done ? (lastResolved?.occurredAt ?? null) : null;
      return (
        first.status !== 'new' ||
        first.occurredAt.getTime() !== item.receivedAt.getTime() ||
        last.status !== item.status ||
        (item.firstResponseAt?.getTime() ?? null) !== (firstReply?.occurredAt.getTime() ?? null) ||
        (item.resolvedAt?.getTime() ?? null) !== (expectedResolved?.getTime() ?? null) ||
        (item.closedAt?.getTime() ?? null) !==
          (item.status === 'closed' ? last.occurredAt.getTime() : null)
      );
    });
    expect(offenders.map((item) => item.externalId)).toEqual([]);
  });

  it('uses only known statuses, and a resolved time only on resolved or closed items', () => {
    const offenders = items.filter(
      (item) =>
        statusChanges(item).some(
          (event) => !ITEM_STATUSES.includes(event.status ?? ('missing' as never)),
        ) ||
        (item.resolvedAt !== null && item.status !== 'resolved' && item.status !== 'closed'),
    );
    expect(offenders.map((item) => item.externalId)).toEqual([]);
  });

  it('records satisfaction and decisions only once the events behind them have happened', () => {
    const offenders = items.filter((item) => {
      const check = item.events.filter((event) => event.type === 'satisfaction_check').pop();
      const escalated = item.events.some((event) => event.type === 'escalated');
      return (
        item.satisfaction !== (check?.satisfaction ?? null) ||
        (item.satisfaction !== null && (item.satisfaction < 1 || item.satisfaction > 5)) ||
        (item.viability === 'escalated' && !escalated) ||
        ((item.kind === 'feedback' || item.kind === 'compliment') && item.viability !== null)
      );
    });
    expect(offenders.map((item) => item.externalId)).toEqual([]);
    expect(items.filter((item) => item.satisfaction !== null).length).toBeGreaterThan(500);
  });

  it('leaves recent items open, some old ones stuck, and reopens a few resolved ones', () => {
    const open = (item: DemoItem) =>
      WAITING_STATUSES.includes(item.status) || item.status === 'in_progress';
    const lastWeek = items.filter((item) => item.receivedAt.getTime() > nowMs - 7 * 86_400_000);
    expect(lastWeek.filter(open).length).toBeGreaterThan(lastWeek.length / 10);
    const stuck = items.filter(
      (item) => item.receivedAt.getTime() < nowMs - 90 * 86_400_000 && open(item),
    );
    expect(stuck.length).toBeGreaterThan(0);
    expect(stuck.length).toBeLessThan(items.length / 100);
    const reopened = items.filter((item) => {
      const statuses = statusChanges(item).map((event) => event.status);
      return (
        statuses.indexOf('resolved') >= 0 &&
        statuses.lastIndexOf('in_progress') > statuses.indexOf('resolved')
      );
    });
    expect(reopened.length).toBeGreaterThan(items.length * 0.01);
  });

  it('references only teams, policies, themes and users that the organisation defines', () => {
    const { teams, policies, themes, users } = data.organisation;
    const teamKeys = new Set(teams.map((team) => team.key));
    const policyKeys = new Set(policies.map((policy) => policy.key));
    const themeKeys = new Set(themes.map((theme) => theme.key));
    const emails = new Set(users.map((user) => user.email));
    const offenders = items.filter(
      (item) =>
        !teamKeys.has(item.teamKey) ||
        (item.policyKey !== null && !policyKeys.has(item.policyKey)) ||
        (item.mentionedPolicyKey !== null && !policyKeys.has(item.mentionedPolicyKey)) ||
        item.themeKeys.length === 0 ||
        item.themeKeys.some((key) => !themeKeys.has(key)) ||
        (item.recordedByEmail !== null && !emails.has(item.recordedByEmail)) ||
        item.events.some(
          (event) =>
            (event.actorEmail !== undefined && !emails.has(event.actorEmail)) ||
            (event.policyKey !== undefined && !policyKeys.has(event.policyKey)),
        ),
    );
    expect(offenders.map((item) => item.externalId)).toEqual([]);
    expect(data.pulseEntries.filter((entry) => !teamKeys.has(entry.teamKey))).toEqual([]);
    expect(data.staffingEvents.filter((event) => !teamKeys.has(event.teamKey))).toEqual([]);
    for (const action of data.organisation.actions) {
      if (action.policyKey !== null) expect(policyKeys.has(action.policyKey)).toBe(true);
      if (action.themeKey !== null) expect(themeKeys.has(action.themeKey)).toBe(true);
      if (action.teamKey !== null) expect(teamKeys.has(action.teamKey)).toBe(true);
    }
  });

  it('gives customers pseudonymous references that repeat, and staff reports none', () => {
    const offenders = items.filter((item) =>
      item.source === 'staff'
        ? item.customerRef !== null || item.recordedByEmail === null
        : !(item.source === 'external_customer' ? /^C-\d{6,}$/ : /^E-\d{5}$/).test(
            item.customerRef ?? '',
          ),
    );
    expect(offenders.map((item) => item.externalId)).toEqual([]);
    const contacts = new Map<string, number>();
    for (const item of items) {
      if (item.customerRef)
        contacts.set(item.customerRef, (contacts.get(item.customerRef) ?? 0) + 1);
    }
    expect([...contacts.values()].filter((count) => count > 1).length).toBeGreaterThan(100);
  });

  it('keeps an anonymous pulse entry free of any author, and workloads within 1 to 5', () => {
    expect(data.pulseEntries.length).toBeGreaterThan(1000);
    const offenders = data.pulseEntries.filter(
      (entry) =>
        (entry.anonymous
          ? entry.authorEmail !== null
          : !/@example\.org$/.test(entry.authorEmail ?? '')) ||
        entry.workload < 1 ||
        entry.workload > 5 ||
        !Number.isInteger(entry.workload) ||
        Date.parse(`${entry.submittedOn}T00:00:00Z`) > nowMs,
    );
    expect(offenders).toEqual([]);
    expect(data.pulseEntries.some((entry) => entry.anonymous)).toBe(true);
    expect(data.pulseEntries.some((entry) => !entry.anonymous)).toBe(true);
  });

  it('dates staffing events within the period, with sick days only on sick leave', () => {
    const today = NOW.toISOString().slice(0, 10);
    const offenders = data.staffingEvents.filter(
      (event) =>
        event.occurredOn > today ||
        (event.sickDays !== undefined) !== (event.type === 'sick_leave'),
    );
    expect(offenders).toEqual([]);
    expect(new Set(data.staffingEvents.map((event) => event.type))).toEqual(
      new Set(['hire', 'departure', 'sick_leave']),
    );
  });

  it('has more arrivals on weekdays than at weekends', () => {
    const byWeekday = new Array<number>(7).fill(0);
    for (const item of items) byWeekday[item.receivedAt.getUTCDay()]++;
    expect(byWeekday[1]).toBeGreaterThan(2 * byWeekday[0]);
    expect(byWeekday[3]).toBeGreaterThan(2 * byWeekday[6]);
  });

  it('rejects options it cannot honour with an error that names the option', () => {
    expect(() => generateDemoData({ now: NOW, months: 12 })).toThrow(
      /stories need at least 18 months/,
    );
    expect(() => generateDemoData({ now: NOW, items: -1 })).toThrow(/items must be a whole number/);
    expect(() => generateDemoData({ now: new Date('nope') })).toThrow(/now must be a valid Date/);
    expect(() => generateDemoData({ now: NOW, batchSize: 0 })).toThrow(/batchSize/);
    expect(() =>
      generateDemoData({ now: NOW, months: 6, stories: false, items: 10 }),
    ).not.toThrow();
  });
});
