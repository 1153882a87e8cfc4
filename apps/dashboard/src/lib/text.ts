/** The API accepts 1 to 10,000 characters of text per item. */
export const ITEM_TEXT_LIMIT = 10_000;

/**
 * Characters as people count them: an emoji is one, not two UTF-16 units. Never more than the
 * API's own count, so text the form accepts is text the API accepts.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

/** Optional text: blank means "not given" (the API rejects empty strings). */
export function optionalText(text: string): string | null {
  return isBlank(text) ? null : text.trim();
}
