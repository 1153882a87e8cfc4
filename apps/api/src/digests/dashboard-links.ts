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
const DAY_MS = 86_400_000;

/** A page a digest links to, with what it shows in words. */
export interface DashboardView {
  label: string;
  url: string;
}

const lastDayOf = (period: { to: string }) =>
  new Date(Date.parse(`${period.to}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

export class DashboardLinks {
  constructor(private readonly base: string) {}

  /** The review for the months the period falls in ("2026-11" to "2026-11"). */
  review(period: { from: string; to: string }): string {
    const params = new URLSearchParams({
      from: period.from.slice(0, 7),
      to: lastDayOf(period).slice(0, 7),
    });
    return `${this.base}/review?${params.toString()}`;
  }

  /**
   * The views of one week. The Review shows whole months, so the week itself is opened where
   * days are the unit: the Explorer's drill-down of what was received and Trends by week,
   * whose last bucket is this week; the Review of the month(s) it falls in comes last.
   */
  week(period: { from: string; to: string; label: string }): DashboardView[] {
    const last = lastDayOf(period);
    const items = this.items(
      {
        receivedFrom: new Date(`${period.from}T00:00:00Z`),
        receivedTo: new Date(`${period.to}T00:00:00Z`),
      },
      `Received ${period.label}`,
    );
    // Three months of weeks end with this one, so it is read against the weeks before it.
    const trendsFrom = new Date(Date.parse(`${last.slice(0, 7)}-01T00:00:00Z`));
    trendsFrom.setUTCMonth(trendsFrom.getUTCMonth() - 2);
    const trends = new URLSearchParams({
      from: trendsFrom.toISOString().slice(0, 7),
      to: last.slice(0, 7),
      every: 'week',
      metric: 'complaints',
    });
    const months = [...new Set([period.from.slice(0, 7), last.slice(0, 7)])].join(' and ');
    return [
      { label: `Everything received ${period.label}`, url: items },
      { label: 'Complaints by week, this week last', url: `${this.base}/trends?${trends}` },
      { label: `The monthly review of ${months}`, url: this.review(period) },
    ];
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

  actions(): string {
    return `${this.base}/actions`;
  }

  digests(): string {
    return `${this.base}/digests`;
  }
}
