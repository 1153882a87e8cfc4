import { registerEnumType } from '@nestjs/graphql';
import { ItemKind } from '../../items/item.enums';
import type { Filter } from './scope';

export enum SignalCounting {
  COMPLAINTS = 'complaints',
  ITEMS = 'items',
  NEGATIVE_ITEMS = 'negative-items',
}
registerEnumType(SignalCounting, {
  name: 'SignalCounting',
  description: 'What is counted per week: complaints, all items, or items with negative sentiment.',
});

/** The counted items: complaints narrow the kinds, negative items add a sentiment condition. */
export function countingFilter(filter: Filter, counting: SignalCounting): Filter {
  if (counting !== SignalCounting.COMPLAINTS) return filter;
  const kinds =
    filter.kinds.length === 0 || filter.kinds.includes(ItemKind.COMPLAINT)
      ? [ItemKind.COMPLAINT]
      : [];
  return { ...filter, kinds: kinds.length ? kinds : filter.kinds };
}
