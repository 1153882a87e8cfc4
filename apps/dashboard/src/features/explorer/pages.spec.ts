import {
  currentCursor,
  FIRST_PAGE,
  nextPage,
  pageNumber,
  pageRange,
  previousPage,
  readPageState,
} from './pages';

describe('result pages', () => {
  it('walks forward by cursor and back again', () => {
    const second = nextPage(FIRST_PAGE, 'c1');
    const third = nextPage(second, 'c2');
    expect(pageNumber(third)).toBe(3);
    expect(currentCursor(third)).toBe('c2');
    expect(previousPage(third)).toEqual(second);
    expect(currentCursor(FIRST_PAGE)).toBeNull();
  });

  it('starts at the first page when the history entry holds anything else', () => {
    expect(readPageState(null)).toEqual(FIRST_PAGE);
    expect(readPageState({ cursors: [1, 2] })).toEqual(FIRST_PAGE);
    expect(readPageState({ cursors: ['a'] })).toEqual({ cursors: ['a'] });
  });

  it('numbers the items shown on a page', () => {
    expect(pageRange(FIRST_PAGE, 50)).toEqual({ first: 1, last: 50 });
    expect(pageRange(nextPage(FIRST_PAGE, 'c'), 12)).toEqual({ first: 51, last: 62 });
    expect(pageRange(FIRST_PAGE, 0)).toEqual({ first: 0, last: 0 });
  });
});
