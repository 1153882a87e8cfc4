import { GroupCount, protectAnonymity } from './anonymity';
import { mulberry32, randomIndex } from './random';

describe('protectAnonymity', () => {
  it('leaves groups of 5 or more untouched', () => {
    const result = protectAnonymity([
      { key: 'it', label: 'IT', count: 12 },
      { key: 'hr', label: 'HR', count: 5 },
    ]);
    expect(result.shown.map((g) => [g.label, g.count])).toEqual([
      ['IT', 12],
      ['HR', 5],
    ]);
    expect(result.suppressed).toEqual([]);
  });

  it('merges groups smaller than 5 into "Other groups" when together they reach 5', () => {
    const result = protectAnonymity([
      { key: 'it', count: 12 },
      { key: 'hr', count: 3 },
      { key: 'finance', count: 2 },
    ]);
    expect(result.shown).toEqual([
      { key: 'it', label: 'it', count: 12, members: ['it'] },
      { key: 'other', label: 'Other groups', count: 5, members: ['hr', 'finance'] },
    ]);
    expect(result.suppressed).toEqual([
      { key: 'hr', count: 3, action: 'merged', into: 'other', reason: '3 entries, fewer than 5.' },
      {
        key: 'finance',
        count: 2,
        action: 'merged',
        into: 'other',
        reason: '2 entries, fewer than 5.',
      },
    ]);
  });

  it('pulls in the smallest large group when the small ones stay under 5, so none can be worked out from the total', () => {
    const result = protectAnonymity([
      { key: 'it', count: 20 },
      { key: 'facilities', count: 6 },
      { key: 'hr', count: 2 },
    ]);
    expect(result.shown.map((g) => [g.key, g.count])).toEqual([
      ['it', 20],
      ['other', 8],
    ]);
    expect(result.suppressed.map((s) => [s.key, s.action])).toEqual([
      ['hr', 'merged'],
      ['facilities', 'merged'],
    ]);
  });

  it('hides everything when a filter leaves fewer than 5 entries in total', () => {
    const result = protectAnonymity([
      { key: 'it', count: 3 },
      { key: 'hr', count: 1 },
      { key: 'finance', count: 0 },
    ]);
    expect(result.shown).toEqual([]);
    expect(result.suppressed.map((s) => s.action)).toEqual(['hidden', 'hidden']);
    expect(result.suppressed[0].reason).toBe(
      'Only 4 entries in total, fewer than 5: nothing can be shown.',
    );
  });

  it('never shows a group under 5, nor one small group alone beside the total, on 500 random inputs', () => {
    const random = mulberry32(77);
    for (let trial = 0; trial < 500; trial++) {
      const groups: GroupCount[] = Array.from({ length: 1 + randomIndex(random, 8) }, (_, i) => ({
        key: `g${i}`,
        count: randomIndex(random, 12),
      }));
      const result = protectAnonymity(groups);
      for (const g of result.shown) expect(g.count).toBeGreaterThanOrEqual(5);
      const shownTotal = result.shown.reduce((s, g) => s + g.count, 0);
      const populatedTotal = groups.reduce((s, g) => s + g.count, 0);
      expect(shownTotal === populatedTotal || shownTotal === 0).toBe(true);
    }
  });

  it('rejects a group using the merged group’s key', () => {
    expect(() => protectAnonymity([{ key: 'other', count: 9 }])).toThrow(
      'groups[0].key must not be the merged group\'s key "other"',
    );
  });
});
