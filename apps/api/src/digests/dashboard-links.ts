import type { Drilldown } from '../insights/read-model/drilldown.types';

// Links into the dashboard, written in the URL forms its pages read: the Explorer's drill-down
// parameters (apps/dashboard/src/lib/drilldown-url.ts: `d.<condition>`, days for midnight instants,
// lower-case enum names, yes/no) and the review's month range (lib/insight-scope.ts).

/** Enum values as the dashboard writes them: the GraphQL name in lower case. */
const enumName = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();

function instant(value: Date | string): string {
  const iso = new Date(value).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

const ID_KEYS = new Set(['teamIds', 'themeIds', 'linkedPolicyIds', 'itemIds']);

export class DashboardLinks {
  constructor(private readonly base: string) {}

  /** The review for the months the period falls in ("2026-11" to "2026-11"). */
  review(period: { from: string; to: string }): string {
    const lastDay = new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000);
    const params = new URLSearchParams({
      from: period.from.slice(0, 7),
      to: lastDay.toISOString().slice(0, 7),
    });
    return `${this.base}/review?${params.toString()}`;
  }

  /** The Explorer listing the items behind a figure. */
  items(drilldown: Drilldown, about: string): string {
    const params = new URLSearchParams({ about: about.slice(0, 200) });
    for (const [key, value] of Object.entries(drilldown) as [string, unknown][]) {
      if (value === null || value === undefined) continue;
      const name = `d.${key}`;
      if (value instanceof Date || key.endsWith('From') || key.endsWith('To') || key === 'openAt')
        params.set(name, instant(value as Date | string));
      else if (Array.isArray(value)) {
        if (value.length === 0) continue;
        params.set(name, value.map((v: string) => (ID_KEYS.has(key) ? v : enumName(v))).join(','));
      } else if (typeof value === 'boolean') params.set(name, value ? 'yes' : 'no');
      else params.set(name, enumName(String(value)));
    }
    return `${this.base}/explorer?${params.toString()}`;
  }

  action(id: string): string {
    return `${this.base}/actions/${id}`;
  }

  digests(): string {
    return `${this.base}/digests`;
  }
}
