import { addEntry, removeEntry } from './list-entries';

const limits = { maxLength: 20, maxItems: 3, noun: 'alias' };

describe('editable lists', () => {
  it('adds an entry trimmed, with inner spacing tidied', () => {
    expect(addEntry(['a'], '  receipt   rule ', limits)).toEqual({
      values: ['a', 'receipt rule'],
      problem: null,
    });
  });

  it('refuses blanks, repeats (ignoring case), over-long entries and a full list', () => {
    expect(addEntry([], '   ', limits).problem).toBe('Type an alias first');
    expect(addEntry(['Receipt'], 'receipt ', limits).problem).toBe(
      '“receipt” is already in the list',
    );
    expect(addEntry([], 'x'.repeat(21), limits).problem).toBe('An alias is at most 20 characters');
    expect(addEntry(['a', 'b', 'c'], 'd', limits).problem).toBe('The list holds at most 3 entries');
  });

  it('removes by position', () => {
    expect(removeEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
