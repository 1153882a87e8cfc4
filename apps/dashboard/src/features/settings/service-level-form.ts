import type { ItemKind, Priority, SetServiceLevelInput } from '../../graphql/generated/graphql';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { readWholeNumber } from './team-form';

export type DurationUnit = 'minutes' | 'hours' | 'days';

export const MINUTES_PER: Record<DurationUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** The API's limit: a target is at most a year. */
export const MAX_TARGET_MINUTES = 365 * 24 * 60;

export interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

export interface ServiceLevelDraft {
  firstResponseMinutes: DurationDraft;
  resolutionMinutes: DurationDraft;
}

export type ServiceLevelField = 'firstResponseMinutes' | 'resolutionMinutes';

export const serviceLevelFieldIds = (kind: ItemKind, priority: Priority) => ({
  firstResponseMinutes: `sla-${kind}-${priority}-first-response`,
  resolutionMinutes: `sla-${kind}-${priority}-resolution`,
});

/** Minutes in the largest unit that holds them exactly: 2880 → 2 days, 240 → 4 hours. */
export function toDuration(minutes: number): DurationDraft {
  if (minutes > 0 && minutes % MINUTES_PER.days === 0)
    return { amount: String(minutes / MINUTES_PER.days), unit: 'days' };
  if (minutes > 0 && minutes % MINUTES_PER.hours === 0)
    return { amount: String(minutes / MINUTES_PER.hours), unit: 'hours' };
  return { amount: String(minutes), unit: 'minutes' };
}

/** The minutes a duration stands for; null when the amount is not a whole number. */
export function toMinutes(duration: DurationDraft): number | null {
  const amount = readWholeNumber(duration.amount);
  return amount === null ? null : amount * MINUTES_PER[duration.unit];
}

export function serviceLevelDraftOf(level: {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}): ServiceLevelDraft {
  return {
    firstResponseMinutes: toDuration(level.firstResponseMinutes),
    resolutionMinutes: toDuration(level.resolutionMinutes),
  };
}

export const emptyServiceLevel = (): ServiceLevelDraft => ({
  firstResponseMinutes: { amount: '', unit: 'hours' },
  resolutionMinutes: { amount: '', unit: 'days' },
});

export function validateServiceLevel(
  draft: ServiceLevelDraft,
): Partial<Record<ServiceLevelField, string>> {
  const errors: Partial<Record<ServiceLevelField, string>> = {};
  const check = (field: ServiceLevelField, what: string) => {
    const minutes = toMinutes(draft[field]);
    if (draft[field].amount.trim() === '') errors[field] = `Enter the ${what} target`;
    else if (minutes === null || minutes < 1)
      errors[field] = `Enter a whole number of ${draft[field].unit}, 1 or more`;
    else if (minutes > MAX_TARGET_MINUTES) errors[field] = `A target is at most a year (365 days)`;
  };
  check('firstResponseMinutes', 'first-response');
  check('resolutionMinutes', 'resolution');
  const first = toMinutes(draft.firstResponseMinutes);
  const resolutionMinutes = toMinutes(draft.resolutionMinutes);
  if (
    !errors.firstResponseMinutes &&
    !errors.resolutionMinutes &&
    first !== null &&
    resolutionMinutes !== null &&
    resolutionMinutes < first
  )
    errors.resolutionMinutes = 'Resolution cannot be promised sooner than the first response';
  return errors;
}

export function toServiceLevelInput(
  kind: ItemKind,
  priority: Priority,
  draft: ServiceLevelDraft,
): SetServiceLevelInput {
  return {
    kind,
    priority,
    firstResponseMinutes: toMinutes(draft.firstResponseMinutes) ?? 0,
    resolutionMinutes: toMinutes(draft.resolutionMinutes) ?? 0,
  };
}

export const SERVICE_LEVEL_SERVER_MESSAGES: FieldMessageOverrides<ServiceLevelField> = {
  resolutionMinutes: {
    notLessThanFirstResponse: 'Resolution cannot be promised sooner than the first response',
  },
};
