import { instant } from '../config/app-config';

/**
 * Runs this process's clock from `at` onwards, so a browser test or a demo sees
 * the same "today" (this month, the last whole month) whatever the real date is. Process-wide
 * rather than only in `Clock`: intake's default received time, session expiry and the demo data
 * must all agree with the insights on what "now" is. Time keeps running from `at`; dates built
 * from a value are untouched, and `instanceof Date` holds for every date (as in fake timers).
 */
export function startClockAt(at: Date): void {
  const NativeDate = Date;
  const offsetMs = at.getTime() - NativeDate.now();
  const now = () => NativeDate.now() + offsetMs;
  function ShiftedDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new NativeDate(now()).toString();
    return args.length === 0
      ? new NativeDate(now())
      : new NativeDate(...(args as ConstructorParameters<DateConstructor>));
  }
  ShiftedDate.prototype = NativeDate.prototype;
  Object.assign(ShiftedDate, { now, UTC: NativeDate.UTC, parse: NativeDate.parse });
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}

// FULCRUM_NOW moves the clock on import, so the entry points import this first: before any
// module keeps a reference to `Date` (decorators' type metadata does, and GraphQL compares it).
const start = instant(process.env, 'FULCRUM_NOW');
if (start) startClockAt(start);
