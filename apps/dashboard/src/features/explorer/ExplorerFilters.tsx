import { useState, type FormEvent } from 'react';
import type { ExplorerOptionsQuery } from '../../graphql/generated/graphql';
import { addDays, dayOf, isDay } from '../../lib/day';
import { SEARCH_LIMIT, type ExplorerFilter } from '../../lib/explorer-url';
import {
  CHANNELS,
  channelLabel,
  FLAG_TYPES,
  flagLabel,
  isProtocolCue,
  ITEM_KINDS,
  ITEM_SOURCES,
  ITEM_STATUSES,
  itemKindLabel,
  itemSourceLabel,
  itemStatusLabel,
  SENTIMENTS,
  sentimentLabel,
} from '../../lib/labels';
import { Button } from '../../ui/Button';
import { FilterMenu, type FilterOption } from '../../ui/FilterMenu';
import '../../ui/MonthRangePicker.css';
import { filterChips, type NameLookup } from './filter-chips';

export interface ExplorerFiltersProps {
  filter: ExplorerFilter;
  onChange: (filter: ExplorerFilter) => void;
  options: ExplorerOptionsQuery | undefined;
  optionsLoading: boolean;
  names: NameLookup;
  /** Today (UTC), for the quick periods. */
  today: string;
}

const PRESETS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
] as const;

const byLabel = <V extends string>(values: readonly V[], label: Record<V, string>) =>
  values.map((value) => ({ value, label: label[value] }));

/** Search, the filter menus, the period and the chosen filters as removable chips. */
export function ExplorerFilters({
  filter,
  onChange,
  options,
  optionsLoading,
  names,
  today,
}: ExplorerFiltersProps) {
  const set = <K extends keyof ExplorerFilter>(key: K, value: ExplorerFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const chips = filterChips(filter, names);
  const flagOptions: FilterOption<(typeof FLAG_TYPES)[number]>[] = FLAG_TYPES.map((flag) => ({
    value: flag,
    label: flagLabel[flag],
    group: isProtocolCue(flag) ? 'Protocol cues' : 'Warning signs',
  }));

  return (
    <div className="explorer-filters">
      <SearchBox
        key={filter.search ?? ''}
        initial={filter.search ?? ''}
        onSearch={(search) => set('search', search || undefined)}
      />
      <div className="explorer-filters__menus" role="group" aria-label="Filters">
        <FilterMenu
          label="Kind"
          options={byLabel(ITEM_KINDS, itemKindLabel)}
          selected={filter.kinds ?? []}
          onChange={(values) => set('kinds', values)}
        />
        <FilterMenu
          label="Source"
          options={byLabel(ITEM_SOURCES, itemSourceLabel)}
          selected={filter.sources ?? []}
          onChange={(values) => set('sources', values)}
        />
        <FilterMenu
          label="Channel"
          options={byLabel(CHANNELS, channelLabel)}
          selected={filter.channels ?? []}
          onChange={(values) => set('channels', values)}
        />
        <FilterMenu
          label="Status"
          options={byLabel(ITEM_STATUSES, itemStatusLabel)}
          selected={filter.statuses ?? []}
          onChange={(values) => set('statuses', values)}
        />
        <FilterMenu
          label="Team"
          loading={optionsLoading}
          searchable
          options={(options?.teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
          selected={filter.teamIds ?? []}
          onChange={(values) => set('teamIds', values)}
        />
        <FilterMenu
          label="Policy"
          loading={optionsLoading}
          searchable
          options={(options?.policies ?? []).map((policy) => ({
            value: policy.id,
            label: policy.name,
          }))}
          selected={filter.policyIds ?? []}
          onChange={(values) => set('policyIds', values)}
        />
        <FilterMenu
          label="Theme"
          loading={optionsLoading}
          searchable
          options={(options?.themes ?? []).map((theme) => ({ value: theme.id, label: theme.name }))}
          selected={filter.themeIds ?? []}
          onChange={(values) => set('themeIds', values)}
        />
        <FilterMenu
          label="Signs and cues"
          options={flagOptions}
          selected={filter.flags ?? []}
          onChange={(values) => set('flags', values)}
        />
        <FilterMenu
          label="Sentiment"
          options={byLabel(SENTIMENTS, sentimentLabel)}
          selected={filter.sentiments ?? []}
          onChange={(values) => set('sentiments', values)}
        />
      </div>
      <fieldset className="explorer-period">
        <legend className="explorer-period__legend">Received</legend>
        <label className="explorer-period__field">
          <span className="explorer-period__label">From</span>
          <input
            type="date"
            className="explorer-period__input"
            value={filter.from ?? ''}
            max={filter.to ?? today}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isDay(value)) set('from', value || undefined);
            }}
          />
        </label>
        <span aria-hidden="true" className="explorer-period__dash">
          –
        </span>
        <label className="explorer-period__field">
          <span className="explorer-period__label">To</span>
          <input
            type="date"
            className="explorer-period__input"
            value={filter.to ?? ''}
            min={filter.from}
            max={today}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isDay(value)) set('to', value || undefined);
            }}
          />
        </label>
        <div className="explorer-period__presets" role="group" aria-label="Quick periods">
          {PRESETS.map((preset) => {
            const from = addDays(today, -(preset.days - 1));
            const pressed = filter.from === from && filter.to === today;
            return (
              <button
                key={preset.days}
                type="button"
                className="period__preset"
                aria-pressed={pressed}
                onClick={() => onChange({ ...filter, from, to: today })}
              >
                {preset.label}
              </button>
            );
          })}
          <button
            type="button"
            className="period__preset"
            aria-pressed={!filter.from && !filter.to}
            onClick={() => onChange({ ...filter, from: undefined, to: undefined })}
          >
            Any time
          </button>
        </div>
        <p className="explorer-period__note">Days in UTC; both ends included.</p>
      </fieldset>
      {chips.length > 0 ? (
        <div className="explorer-chips">
          <h2 className="visually-hidden">Chosen filters</h2>
          <ul className="explorer-chips__list">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="explorer-chip"
                  onClick={() => onChange(chip.without)}
                  aria-label={`Remove filter ${chip.label}`}
                >
                  <span>{chip.label}</span>
                  <span className="explorer-chip__x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <Button variant="ghost" size="sm" onClick={() => onChange({})}>
            Clear all filters
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className="explorer-search" onSubmit={submit} aria-label="Search items">
      <label htmlFor="explorer-search" className="visually-hidden">
        Words in the text
      </label>
      <input
        id="explorer-search"
        type="search"
        className="field__control explorer-search__input"
        placeholder="Words in the text, e.g. refund receipt"
        maxLength={SEARCH_LIMIT}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit">Search</Button>
    </form>
  );
}

/** Today as a UTC day, read once per page visit. */
export function todayUtc(now: Date): string {
  return dayOf(now);
}
