/** The API keeps at most this many themes per item. */
export const MAX_THEMES_PER_ITEM = 20;

export interface ThemeChange {
  changed: boolean;
  added: string[];
  removed: string[];
}

/** What a correction changes, comparing theme ids as sets (order does not matter). */
export function themeChange(current: readonly string[], chosen: readonly string[]): ThemeChange {
  const added = chosen.filter((id) => !current.includes(id));
  const removed = current.filter((id) => !chosen.includes(id));
  return { changed: added.length > 0 || removed.length > 0, added, removed };
}

/** A problem with the chosen themes, or null when they can be saved. */
export function validateThemeChoice(chosen: readonly string[]): string | null {
  if (chosen.length > MAX_THEMES_PER_ITEM)
    return `Choose at most ${MAX_THEMES_PER_ITEM} themes (${chosen.length} are chosen)`;
  return null;
}
