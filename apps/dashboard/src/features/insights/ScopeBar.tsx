import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import type { ComparisonMode } from '../../graphql/generated/graphql';
import { filterCount, type InsightScope } from '../../lib/insight-scope';
import {
  CHANNELS,
  channelLabel,
  COMPARISONS,
  comparisonLabel,
  ITEM_KINDS,
  itemKindLabel,
} from '../../lib/labels';
import { addMonths, monthCount, monthOf, type MonthRange } from '../../lib/period';
import { Button } from '../../ui/Button';
import { FilterMenu } from '../../ui/FilterMenu';
import { MonthRangePicker, type QuickRange } from '../../ui/MonthRangePicker';
import { FilterOptionsDocument } from '../organisation/graphql/options';

/** How far back the month lists reach: the demo organisation and most helpdesks keep two years+. */
export const HISTORY_MONTHS = 60;

export interface ScopeBarProps {
  scope: InsightScope;
  onChange: (scope: InsightScope) => void;
  now: Date;
  /** The longest period the page's query accepts. */
  maxMonths: number;
  quickRanges: readonly QuickRange[];
  /** Show the team, theme, policy, channel and kind filters. */
  filters?: boolean;
  /** More controls on the same row (the trends page's metric and interval). */
  children?: ReactNode;
  idPrefix?: string;
}

/** Quick periods for a page that reviews whole months. */
export function monthlyQuickRanges(now: Date): QuickRange[] {
  const last = addMonths(monthOf(now), -1);
  return [
    { label: 'Last month', range: { from: last, to: last } },
    { label: 'Last 3 months', range: { from: addMonths(last, -2), to: last } },
    { label: 'Last 12 months', range: { from: addMonths(last, -11), to: last } },
    { label: 'This month so far', range: { from: monthOf(now), to: monthOf(now) } },
  ];
}

/**
 * A changed end keeps its start when the period still fits, else the start follows it (and
 * the other way round), so the picker never asks the API for more than it answers.
 */
export function fitRange(next: MonthRange, previous: MonthRange, maxMonths: number): MonthRange {
  if (monthCount(next) <= maxMonths) return next;
  return next.from !== previous.from
    ? { from: next.from, to: addMonths(next.from, maxMonths - 1) }
    : { from: addMonths(next.to, -(maxMonths - 1)), to: next.to };
}

/** Period, comparison and (optionally) filters of an insight page; all of it lives in the URL. */
export function ScopeBar({
  scope,
  onChange,
  now,
  maxMonths,
  quickRanges,
  filters = false,
  children,
  idPrefix = 'scope',
}: ScopeBarProps) {
  const options = useQuery(FilterOptionsDocument, { skip: !filters });
  const set = (patch: Partial<InsightScope>) => onChange({ ...scope, ...patch });
  const setFilter = <K extends keyof InsightScope['filter']>(
    key: K,
    values: InsightScope['filter'][K],
  ) => set({ filter: { ...scope.filter, [key]: values } });
  const named = (list: readonly { id: string; name: string }[] | undefined) =>
    (list ?? []).map((entry) => ({ value: entry.id, label: entry.name }));
  const loading = options.loading;

  return (
    <div className="scope-bar" role="group" aria-label="Period and filters">
      <div className="scope-bar__row">
        <MonthRangePicker
          range={scope.range}
          onChange={(range) => set({ range: fitRange(range, scope.range, maxMonths) })}
          latest={monthOf(now)}
          maxMonths={maxMonths}
          historyMonths={HISTORY_MONTHS}
          quickRanges={quickRanges}
          idPrefix={idPrefix}
        />
        <label className="period__field" htmlFor={`${idPrefix}-compare`}>
          <span className="period__label">Compared with</span>
          <select
            id={`${idPrefix}-compare`}
            className="period__select"
            value={scope.comparison}
            onChange={(event) => set({ comparison: event.target.value as ComparisonMode })}
          >
            {COMPARISONS.map((mode) => (
              <option key={mode} value={mode}>
                {comparisonLabel[mode]}
              </option>
            ))}
          </select>
        </label>
        {children}
      </div>
      {filters ? (
        <div className="scope-bar__filters" role="group" aria-label="Filters">
          <FilterMenu
            label="Team"
            searchable
            loading={loading}
            options={named(options.data?.teams)}
            selected={scope.filter.teamIds ?? []}
            onChange={(values) => setFilter('teamIds', values)}
          />
          <FilterMenu
            label="Theme"
            searchable
            loading={loading}
            options={named(options.data?.themes)}
            selected={scope.filter.themeIds ?? []}
            onChange={(values) => setFilter('themeIds', values)}
          />
          <FilterMenu
            label="Policy"
            searchable
            loading={loading}
            options={named(options.data?.policies)}
            selected={scope.filter.policyIds ?? []}
            onChange={(values) => setFilter('policyIds', values)}
          />
          <FilterMenu
            label="Channel"
            options={CHANNELS.map((value) => ({ value, label: channelLabel[value] }))}
            selected={scope.filter.channels ?? []}
            onChange={(values) => setFilter('channels', values)}
          />
          <FilterMenu
            label="Kind"
            options={ITEM_KINDS.map((value) => ({ value, label: itemKindLabel[value] }))}
            selected={scope.filter.kinds ?? []}
            onChange={(values) => setFilter('kinds', values)}
          />
          {filterCount(scope.filter) > 0 ? (
            <Button variant="ghost" size="sm" onClick={() => set({ filter: {} })}>
              Clear filters
            </Button>
          ) : null}
          {options.error ? (
            <p className="scope-bar__note" role="status">
              Team, theme and policy names could not be loaded, so those filters are empty.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
