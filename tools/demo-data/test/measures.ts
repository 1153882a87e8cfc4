// Plain measurements over generated items, used by the story tests: counts per week, medians,
// time spent in a status.
import type { DemoItem, DemoPulseEntry, DemoStaffingEvent, ItemStatus } from '../src';

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export function collectItems(batches: Iterable<DemoItem[]>): DemoItem[] {
  const items: DemoItem[] = [];
  for (const batch of batches) items.push(...batch);
  return items;
}

export function dayMs(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function receivedBetween(
  items: readonly DemoItem[],
  fromMs: number,
  toMs: number,
): DemoItem[] {
  return items.filter(
    (item) => item.receivedAt.getTime() >= fromMs && item.receivedAt.getTime() < toMs,
  );
}

export function perWeek(items: readonly DemoItem[], fromMs: number, toMs: number): number {
  return receivedBetween(items, fromMs, toMs).length / ((toMs - fromMs) / WEEK_MS);
}

export function citesPolicy(item: DemoItem, policyKey: string): boolean {
  return item.policyKey === policyKey || item.mentionedPolicyKey === policyKey;
}

export function firstResponseMinutes(item: DemoItem): number | null {
  return item.firstResponseAt
    ? (item.firstResponseAt.getTime() - item.receivedAt.getTime()) / 60_000
    : null;
}

/** Minutes the item has spent in a status, from its status changes (up to `nowMs` if still in it). */
export function minutesIn(item: DemoItem, status: ItemStatus, nowMs: number): number {
  let total = 0;
  let enteredMs: number | null = null;
  for (const event of item.events) {
    if (event.type !== 'status_changed') continue;
    const ms = event.occurredAt.getTime();
    if (enteredMs !== null) {
      total += ms - enteredMs;
      enteredMs = null;
    }
    if (event.status === status) enteredMs = ms;
  }
  if (enteredMs !== null) total += nowMs - enteredMs;
  return total / 60_000;
}

export function pulseBetween(
  entries: readonly DemoPulseEntry[],
  teamKey: string,
  fromMs: number,
  toMs: number,
): DemoPulseEntry[] {
  return entries.filter((entry) => {
    const ms = dayMs(entry.submittedOn);
    return entry.teamKey === teamKey && ms >= fromMs && ms < toMs;
  });
}

export function sickDaysBetween(
  events: readonly DemoStaffingEvent[],
  teamKey: string,
  fromMs: number,
  toMs: number,
): number {
  return events
    .filter((event) => event.teamKey === teamKey && event.type === 'sick_leave')
    .filter((event) => dayMs(event.occurredOn) >= fromMs && dayMs(event.occurredOn) < toMs)
    .reduce((sum, event) => sum + (event.sickDays ?? 0), 0);
}
