// The emerging-topics page's URL state and wording, kept pure so it can be tested alone.

/** Days before the period the phrases are compared with: the choices offered. */
export const BASELINE_CHOICES = [30, 90, 180, 365] as const;
export const DEFAULT_BASELINE_DAYS = 90;
export const BASELINE_PARAM = 'baseline';

/** ?baseline=…, one of the choices; anything else is the default. */
export function readBaselineDays(params: URLSearchParams): number {
  const raw = Number(params.get(BASELINE_PARAM));
  return (BASELINE_CHOICES as readonly number[]).includes(raw) ? raw : DEFAULT_BASELINE_DAYS;
}

/** A copy of `params` with the baseline set (the default is left out of the URL). */
export function withBaselineDays(params: URLSearchParams, days: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (days === DEFAULT_BASELINE_DAYS) next.delete(BASELINE_PARAM);
  else next.set(BASELINE_PARAM, String(days));
  return next;
}

/** A theme name proposed from a phrase: "app crashes" → "App crashes". */
export function themeNameOf(phrase: string): string {
  const trimmed = phrase.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** What the count's drill-down opens: all the items, or the newest of more. */
export function openedWords(topic: { items: number; drilldownCount: number }): string {
  return topic.drilldownCount < topic.items
    ? `the newest ${topic.drilldownCount} of ${topic.items} items`
    : `the ${topic.items} items`;
}
