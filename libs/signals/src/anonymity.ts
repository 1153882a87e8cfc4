// Anonymity protection for anonymous staff entries: no shown group may hold fewer than k
// entries (default 5). Small groups are merged into an "Other" group; when the small ones
// together still fall short, the smallest large groups join them so that no small count can be
// recovered by subtracting shown groups from the total; when everything together falls short,
// everything is hidden. Run it on the counts after every filter, since filters shrink groups.
// It cannot stop differencing across two different filters; the API should not offer filters
// finer than the groups it shows.

import { SignalsInputError, requireCount, requirePositiveInteger } from './validate';

export interface GroupCount {
  key: string;
  label?: string;
  count: number;
}

export interface ShownGroup {
  key: string;
  label: string;
  count: number;
  // Input keys whose entries this group holds (several for the merged group).
  members: string[];
}

export interface SuppressedGroup {
  key: string;
  count: number;
  action: 'merged' | 'hidden';
  into: string | null;
  reason: string;
}

export interface ProtectedGroups {
  minimum: number;
  shown: ShownGroup[];
  suppressed: SuppressedGroup[];
}

export interface AnonymityOptions {
  minimum?: number;
  otherKey?: string;
  otherLabel?: string;
}

/** Merges or hides groups so that every shown group has at least `minimum` entries, saying which and why. */
export function protectAnonymity(
  groups: readonly GroupCount[],
  options: AnonymityOptions = {},
): ProtectedGroups {
  const minimum = options.minimum ?? 5;
  const otherKey = options.otherKey ?? 'other';
  const otherLabel = options.otherLabel ?? 'Other groups';
  requirePositiveInteger(minimum, 'minimum');
  const keys = new Set<string>();
  groups.forEach((g, i) => {
    requireCount(g.count, `groups[${i}].count`);
    if (keys.has(g.key)) throw new SignalsInputError(`groups[${i}].key`, 'must be unique', g.key);
    if (g.key === otherKey)
      throw new SignalsInputError(
        `groups[${i}].key`,
        `must not be the merged group's key "${otherKey}"`,
        g.key,
      );
    keys.add(g.key);
  });

  const total = groups.reduce((s, g) => s + g.count, 0);
  const suppressed: SuppressedGroup[] = [];
  const populated = groups.filter((g) => g.count > 0);
  if (total < minimum) {
    for (const g of populated) {
      suppressed.push({
        key: g.key,
        count: g.count,
        action: 'hidden',
        into: null,
        reason: `Only ${total} entries in total, fewer than ${minimum}: nothing can be shown.`,
      });
    }
    return { minimum, shown: [], suppressed };
  }

  const small = populated.filter((g) => g.count < minimum);
  const merged = new Set(small.map((g) => g.key));
  let otherCount = small.reduce((s, g) => s + g.count, 0);
  const smallReason = (count: number) =>
    `${count} ${count === 1 ? 'entry' : 'entries'}, fewer than ${minimum}.`;
  const pulledIn: GroupCount[] = [];
  if (small.length > 0) {
    // Pull in the smallest large groups until "Other" reaches the minimum.
    const large = populated.filter((g) => g.count >= minimum).sort((a, b) => a.count - b.count);
    for (const g of large) {
      if (otherCount >= minimum) break;
      pulledIn.push(g);
      merged.add(g.key);
      otherCount += g.count;
    }
  }
  for (const g of small) {
    suppressed.push({
      key: g.key,
      count: g.count,
      action: 'merged',
      into: otherKey,
      reason: smallReason(g.count),
    });
  }
  for (const g of pulledIn) {
    suppressed.push({
      key: g.key,
      count: g.count,
      action: 'merged',
      into: otherKey,
      reason: `Merged so that the smaller groups with it reach ${minimum} entries and cannot be worked out from the total.`,
    });
  }

  const shown: ShownGroup[] = populated
    .filter((g) => !merged.has(g.key))
    .map((g) => ({ key: g.key, label: g.label ?? g.key, count: g.count, members: [g.key] }));
  if (merged.size > 0) {
    shown.push({
      key: otherKey,
      label: otherLabel,
      count: otherCount,
      members: populated.filter((g) => merged.has(g.key)).map((g) => g.key),
    });
  }
  return { minimum, shown, suppressed };
}
