import type { ExplorerFilter } from '../../lib/explorer-url';
import { formatShortDate } from '../../lib/format';
import {
  channelLabel,
  flagLabel,
  itemKindLabel,
  itemSourceLabel,
  itemStatusLabel,
  sentimentLabel,
} from '../../lib/labels';

export interface FilterChip {
  key: string;
  /** "Kind: Complaint" */
  label: string;
  /** The filter without this condition. */
  without: ExplorerFilter;
}

export interface NameLookup {
  teams: ReadonlyMap<string, string>;
  policies: ReadonlyMap<string, string>;
  themes: ReadonlyMap<string, string>;
}

/** One removable chip per chosen value, in the order the filters appear on the page. */
export function filterChips(filter: ExplorerFilter, names: NameLookup): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.search) {
    chips.push({
      key: 'search',
      label: `Text contains: “${filter.search}”`,
      without: { ...filter, search: undefined },
    });
  }
  const listChips = <K extends keyof ExplorerFilter>(
    key: K,
    title: string,
    name: (value: string) => string,
  ) => {
    const values = (filter[key] as string[] | undefined) ?? [];
    for (const value of values) {
      chips.push({
        key: `${String(key)}:${value}`,
        label: `${title}: ${name(value)}`,
        without: { ...filter, [key]: values.filter((other) => other !== value) },
      });
    }
  };
  listChips('kinds', 'Kind', (v) => itemKindLabel[v as keyof typeof itemKindLabel]);
  listChips('sources', 'Source', (v) => itemSourceLabel[v as keyof typeof itemSourceLabel]);
  listChips('channels', 'Channel', (v) => channelLabel[v as keyof typeof channelLabel]);
  listChips('statuses', 'Status', (v) => itemStatusLabel[v as keyof typeof itemStatusLabel]);
  listChips('teamIds', 'Team', (v) => names.teams.get(v) ?? 'Unknown team');
  listChips('policyIds', 'Policy', (v) => names.policies.get(v) ?? 'Unknown policy');
  listChips('themeIds', 'Theme', (v) => names.themes.get(v) ?? 'Unknown theme');
  listChips('flags', 'Sign', (v) => flagLabel[v as keyof typeof flagLabel]);
  listChips('sentiments', 'Sentiment', (v) => sentimentLabel[v as keyof typeof sentimentLabel]);
  if (filter.customerRef) {
    chips.push({
      key: 'customer',
      label: `Customer: ${filter.customerRef}`,
      without: { ...filter, customerRef: undefined },
    });
  }
  if (filter.from || filter.to) {
    chips.push({
      key: 'period',
      label: periodLabel(filter.from, filter.to),
      without: { ...filter, from: undefined, to: undefined },
    });
  }
  return chips;
}

export function periodLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return `Received ${formatShortDate(from)} to ${formatShortDate(to)}`;
  if (from) return `Received from ${formatShortDate(from)}`;
  if (to) return `Received up to ${formatShortDate(to)}`;
  return 'Received at any time';
}
