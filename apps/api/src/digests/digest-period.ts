import { registerEnumType } from '@nestjs/graphql';

export enum DigestFrequency {
  WEEKLY = 'weekly',
  MONTHLY = 'monthly',
}
registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  valuesMap: {
    WEEKLY: { description: 'Each Monday: the ISO week (Monday to Sunday) that just ended.' },
    MONTHLY: { description: 'On the 1st: the calendar month that just ended.' },
  },
});

/** Whole UTC days: from included, to not included (as every insight query takes them). */
export interface DigestPeriod {
  from: string;
  to: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The latest period that has ended by `now`: what a digest sent now reports. A digest is due when
 * none was sent for this period yet, so a late or repeated run never sends one twice.
 */
export function latestEndedPeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === DigestFrequency.MONTHLY) {
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    return { from: day(from), to: day(to) };
  }
  // getUTCDay: Sunday 0 … Saturday 6; the ISO week starts on Monday.
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const to = new Date(today - sinceMonday * 86_400_000);
  const from = new Date(to.getTime() - 7 * 86_400_000);
  return { from: day(from), to: day(to) };
}
