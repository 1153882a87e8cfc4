// The entry point: an organisation, its people data, and its items as a lazy stream of
// chronological batches, all determined by the seed and `now`.
import { addUtcMonths } from './calendar';
import { ItemFactory } from './items';
import { createDemoOrganisation } from './organisation';
import { Random, deriveSeed } from './random';
import { generatePulse, generateStaffing } from './staff';
import { MIN_MONTHS_FOR_STORIES, StoryEffects, describeStories, type DemoStory } from './stories';
import type { DemoItem, DemoOrganisation, DemoPulseEntry, DemoStaffingEvent } from './types';
import { planDays, type DayPlan } from './volume';

export interface GenerateOptions {
  /** The generator's present: nothing is dated after it. */
  now: Date;
  /** Total items over the period (default 50,000). */
  items?: number;
  /** Length of the period in months, ending at `now` (default 24). */
  months?: number;
  seed?: number;
  /** Inject the documented stories (default true); false gives a steady organisation. */
  stories?: boolean;
  /** Items per batch (default 1,000). */
  batchSize?: number;
}

export interface DemoData {
  organisation: DemoOrganisation;
  /** Start of the period (UTC midnight) and its end. */
  from: Date;
  now: Date;
  /** The injected stories with concrete dates; empty when `stories` is false. */
  stories: DemoStory[];
  pulseEntries: DemoPulseEntry[];
  staffingEvents: DemoStaffingEvent[];
  itemCount: number;
  /**
   * Items in order of arrival, in batches. Lazy and re-iterable: each pass generates the same
   * items again, holding only one day and one batch in memory.
   */
  items: Iterable<DemoItem[]>;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

export function generateDemoData(options: GenerateOptions): DemoData {
  const { now, items = 50_000, months = 24, seed = 1, stories = true, batchSize = 1000 } = options;
  check(now instanceof Date && !Number.isNaN(now.getTime()), 'now must be a valid Date');
  check(Number.isInteger(items) && items >= 0, 'items must be a whole number, 0 or more');
  check(
    Number.isInteger(months) && months >= 1 && months <= 120,
    'months must be a whole number from 1 to 120',
  );
  check(Number.isInteger(seed), 'seed must be a whole number');
  check(
    Number.isInteger(batchSize) && batchSize >= 1,
    'batchSize must be a whole number, 1 or more',
  );
  check(
    !stories || months >= MIN_MONTHS_FOR_STORIES,
    `stories need at least ${MIN_MONTHS_FOR_STORIES} months of history (months is ${months}); pass stories: false for a shorter period`,
  );

  const nowMs = now.getTime();
  const fromMs = addUtcMonths(nowMs, -months);
  const effects = new StoryEffects(now, stories);
  const organisation = createDemoOrganisation({ now, stories });
  const days = planDays(fromMs, nowMs, items, effects, new Random(deriveSeed(seed, 'volume')));

  return {
    organisation,
    from: new Date(fromMs),
    now: new Date(nowMs),
    stories: stories ? describeStories(now) : [],
    pulseEntries: generatePulse(
      fromMs,
      nowMs,
      effects,
      organisation.policies,
      new Random(deriveSeed(seed, 'pulse')),
    ),
    staffingEvents: generateStaffing(
      fromMs,
      nowMs,
      effects,
      new Random(deriveSeed(seed, 'staffing')),
    ),
    itemCount: items,
    items: {
      [Symbol.iterator]: () =>
        itemBatches(
          days,
          batchSize,
          () =>
            new ItemFactory(
              new Random(deriveSeed(seed, 'items')),
              effects,
              organisation.policies,
              fromMs,
              nowMs,
            ),
        ),
    },
  };
}

function* itemBatches(
  days: readonly DayPlan[],
  batchSize: number,
  createFactory: () => ItemFactory,
): Generator<DemoItem[]> {
  const factory = createFactory();
  let batch: DemoItem[] = [];
  for (const day of days) {
    for (const item of factory.day(day)) {
      batch.push(item);
      if (batch.length === batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
