// The results' pages. The API pages forward by cursor; the cursors of the pages already seen
// live in the browser history entry (not the shareable URL), so Back returns to the same page.

export const PAGE_SIZE = 50;

export interface PageState {
  /** The `after` cursor of every page after the first, in order. */
  cursors: string[];
}

export const FIRST_PAGE: PageState = { cursors: [] };

/** Reads the page state from a history entry's state, whatever is stored there. */
export function readPageState(state: unknown): PageState {
  const cursors = (state as { cursors?: unknown } | null)?.cursors;
  return Array.isArray(cursors) && cursors.every((cursor) => typeof cursor === 'string')
    ? { cursors }
    : FIRST_PAGE;
}

export function pageNumber(state: PageState): number {
  return state.cursors.length + 1;
}

export function currentCursor(state: PageState): string | null {
  return state.cursors[state.cursors.length - 1] ?? null;
}

export function nextPage(state: PageState, endCursor: string): PageState {
  return { cursors: [...state.cursors, endCursor] };
}

export function previousPage(state: PageState): PageState {
  return { cursors: state.cursors.slice(0, -1) };
}

/** "Items 51–100 of 1,831" as numbers: the first and last position shown. */
export function pageRange(state: PageState, shown: number): { first: number; last: number } {
  const first = (pageNumber(state) - 1) * PAGE_SIZE + 1;
  return { first: shown === 0 ? 0 : first, last: first + shown - 1 };
}
