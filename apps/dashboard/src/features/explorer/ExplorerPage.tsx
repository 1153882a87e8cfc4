import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { ExplorerItemsQuery } from '../../graphql/generated/graphql';
import { useClock } from '../../lib/clock';
import { hasDrilldown, readDrilldown } from '../../lib/drilldown-url';
import {
  countConditions,
  explorerParams,
  readExplorerFilter,
  toItemFilter,
  type ExplorerFilter,
} from '../../lib/explorer-url';
import { formatNumber } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { listInWords } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { ExplorerFilters, todayUtc } from './ExplorerFilters';
import { DrilldownExportPanel } from './DrilldownExportPanel';
import { DrilldownSummary } from './DrilldownSummary';
import { ExportPanel } from './ExportPanel';
import {
  DrilldownItemsDocument,
  ExplorerItemsDocument,
  ExplorerOptionsDocument,
} from './graphql/items';
import { takeReturningItem } from './returning-item';
import {
  currentCursor,
  FIRST_PAGE,
  nextPage,
  PAGE_SIZE,
  pageNumber,
  pageRange,
  previousPage,
  readPageState,
  type PageState,
} from './pages';
import { ResultsTable } from './ResultsTable';
import './Explorer.css';

/**
 * Search and filter items; every filter and the period live in the URL (see lib/explorer-url).
 * A URL holding a drill-down (lib/drilldown-url) lists the items behind an insight's figure
 * instead, with the figure and its conditions in words where the filters would be.
 */
export default function ExplorerPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const clock = useClock();
  const [today] = useState(() => todayUtc(clock()));
  const [exporting, setExporting] = useState(false);
  const [returningTo] = useState(() => takeReturningItem());

  const drill = useMemo(() => (hasDrilldown(params) ? readDrilldown(params) : null), [params]);
  const { filter, dropped: filterDropped } = useMemo(() => readExplorerFilter(params), [params]);
  const dropped = drill ? drill.dropped : filterDropped;
  const itemFilter = useMemo(() => toItemFilter(filter), [filter]);
  const page = readPageState(location.state);
  const cursor = currentCursor(page);

  const options = useQuery(ExplorerOptionsDocument);
  const filtered = useQuery(ExplorerItemsDocument, {
    variables: { filter: itemFilter, first: PAGE_SIZE, after: cursor },
    notifyOnNetworkStatusChange: true,
    skip: drill !== null,
  });
  const drilled = useQuery(DrilldownItemsDocument, {
    variables: {
      input: {
        drilldown: drill?.drilldown ?? {},
        first: PAGE_SIZE,
        ...(cursor ? { after: cursor } : {}),
      },
    },
    notifyOnNetworkStatusChange: true,
    skip: drill === null,
  });
  const results = drill ? drilled : filtered;

  const names = useMemo(
    () => ({
      teams: new Map((options.data?.teams ?? []).map((team) => [team.id, team.name])),
      policies: new Map((options.data?.policies ?? []).map((policy) => [policy.id, policy.name])),
      themes: new Map((options.data?.themes ?? []).map((theme) => [theme.id, theme.name])),
    }),
    [options.data],
  );

  // A new filter starts again from its first page.
  const setFilter = (next: ExplorerFilter) => {
    const search = explorerParams(next).toString();
    void navigate({ search: search ? `?${search}` : '' }, { state: FIRST_PAGE });
  };
  const goToPage = (next: PageState) => {
    void navigate({ search: location.search }, { state: next });
    document.getElementById('explorer-results-title')?.focus();
  };

  const data: ItemsPage | undefined = drill
    ? (drilled.data ?? drilled.previousData)?.drilldownItems
    : (filtered.data ?? filtered.previousData)?.items;
  const updating = results.loading && Boolean(data);
  const conditions = drill ? 1 : countConditions(filter);
  const hrefOf = (id: string) => `/explorer/items/${id}${location.search}`;
  const countText = data
    ? `${totalText(data)} ${data.totalCount === 1 ? 'item' : 'items'}${conditions > 0 ? ' match' : ''}`
    : '';

  return (
    <>
      {drill ? (
        <PageHeader
          eyebrow="Explorer"
          title={drill.about ? `Items: ${drill.about}` : 'The items behind a figure'}
          description="The items an insight counted for this figure. The link keeps them, so a colleague sees the same list."
        />
      ) : (
        <PageHeader
          eyebrow="Explorer"
          title="Items"
          description="Every request, complaint, feedback and staff report, with what the analysis found in it. Filters stay in the address, so a link shows the same items to a colleague."
        />
      )}
      <div className="explorer">
        {drill ? (
          <Card className="explorer__filters" aria-label="What these items are">
            <DrilldownSummary drilldown={drill.drilldown} about={drill.about} names={names} />
          </Card>
        ) : (
          <Card className="explorer__filters" aria-label="Search and filters">
            <ExplorerFilters
              filter={filter}
              onChange={setFilter}
              options={options.data}
              optionsLoading={options.loading}
              names={names}
              today={today}
            />
            {options.error ? (
              <p className="explorer__note" role="status">
                Team, policy and theme names could not be loaded, so those filters are empty.
              </p>
            ) : null}
          </Card>
        )}
        {dropped.length > 0 ? (
          <Alert tone="info" role="status">
            Part of the link could not be used and was left out: {listInWords(dropped)}.
          </Alert>
        ) : null}
        <section className="explorer-results" aria-labelledby="explorer-results-title">
          <div className="explorer-results__head">
            <h2 id="explorer-results-title" className="explorer-results__title" tabIndex={-1}>
              {countText || 'Results'}
            </h2>
            {/* Screen readers hear the new count once a filter has been applied. */}
            <p className="explorer-results__status" role="status">
              {updating ? (
                'Updating…'
              ) : data && !results.loading ? (
                <span className="visually-hidden">{countText}</span>
              ) : null}
            </p>
            {data && data.totalCount > 0 ? (
              <Button
                variant="secondary"
                size="sm"
                aria-expanded={exporting}
                aria-controls="explorer-export"
                onClick={() => setExporting((open) => !open)}
              >
                Export CSV
              </Button>
            ) : null}
          </div>
          {exporting && data ? (
            <div id="explorer-export">
              {drill ? (
                <DrilldownExportPanel
                  drilldown={drill.drilldown}
                  total={data.totalCount}
                  onClose={() => setExporting(false)}
                />
              ) : (
                <ExportPanel
                  filter={itemFilter}
                  total={data.totalCount}
                  onClose={() => setExporting(false)}
                />
              )}
            </div>
          ) : null}
          <Results
            loading={results.loading && !data}
            error={results.error}
            retrying={results.loading}
            onRetry={() => void results.refetch()}
            data={data}
            page={page}
            updating={updating}
            hrefOf={hrefOf}
            focusId={returningTo}
            hasConditions={conditions > 0}
            isDrilldown={drill !== null}
            onClear={() => setFilter({})}
            onPage={goToPage}
          />
        </section>
      </div>
    </>
  );
}

type ItemsPage = ExplorerItemsQuery['items'];

function Results({
  loading,
  error,
  retrying,
  onRetry,
  data,
  page,
  updating,
  hrefOf,
  focusId,
  hasConditions,
  isDrilldown,
  onClear,
  onPage,
}: {
  loading: boolean;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  data: ItemsPage | undefined;
  page: PageState;
  updating: boolean;
  hrefOf: (id: string) => string;
  focusId: string | null;
  hasConditions: boolean;
  isDrilldown: boolean;
  onClear: () => void;
  onPage: (page: PageState) => void;
}) {
  if (loading) return <LoadingState label="Loading items…" lines={5} />;
  if (error && !updating) {
    const described = describeError(error);
    return (
      <ErrorState
        title="Items could not be loaded"
        message={described.message}
        onRetry={
          described.kind === 'forbidden' || described.kind === 'invalid' ? undefined : onRetry
        }
        retrying={retrying}
      />
    );
  }
  if (!data) return null;
  if (data.nodes.length === 0) {
    if (pageNumber(page) > 1) {
      return (
        <EmptyState
          title="This page is empty"
          action={<Button onClick={() => onPage(FIRST_PAGE)}>Go to the first page</Button>}
        >
          Items may have changed since the page before it was loaded.
        </EmptyState>
      );
    }
    if (isDrilldown) {
      return (
        <EmptyState
          title="No items are behind this figure"
          action={
            <Button variant="secondary" onClick={onClear}>
              Search all items
            </Button>
          }
        >
          It counts none: nothing met all of its conditions.
        </EmptyState>
      );
    }
    return (
      <EmptyState
        title={hasConditions ? 'No items match these filters' : 'No items yet'}
        action={
          hasConditions ? (
            <Button variant="secondary" onClick={onClear}>
              Clear all filters
            </Button>
          ) : null
        }
      >
        {hasConditions
          ? 'Remove a filter or choose a longer period.'
          : 'Items appear here as they arrive through the forms, imports and integrations.'}
      </EmptyState>
    );
  }
  const range = pageRange(page, data.nodes.length);
  const pages = Math.max(1, Math.ceil(data.totalCount / PAGE_SIZE));
  const total = totalText(data);
  return (
    <>
      <p className="explorer-results__hint" id="explorer-keys">
        Tab into the list, move with <kbd>↑</kbd> <kbd>↓</kbd>, open an item with <kbd>Enter</kbd>.
      </p>
      <ResultsTable
        key={`${pageNumber(page)}`}
        rows={data.nodes}
        caption={`Items ${formatNumber(range.first)} to ${formatNumber(range.last)} of ${total}, newest first`}
        hrefOf={hrefOf}
        focusId={focusId}
        busy={updating}
      />
      <nav className="explorer-pager" aria-label="Pages of results">
        <Button
          variant="secondary"
          size="sm"
          disabled={pageNumber(page) === 1 || updating}
          onClick={() => onPage(previousPage(page))}
        >
          <span aria-hidden="true">←</span> Previous page
        </Button>
        <p className="explorer-pager__where">
          Items {formatNumber(range.first)}–{formatNumber(range.last)} of {total} · page{' '}
          {formatNumber(pageNumber(page))} of{' '}
          {data.totalCountIsLowerBound ? `more than ${formatNumber(pages)}` : formatNumber(pages)}
        </p>
        <Button
          variant="secondary"
          size="sm"
          disabled={!data.hasNextPage || !data.endCursor || updating}
          onClick={() => data.endCursor && onPage(nextPage(page, data.endCursor))}
        >
          Next page <span aria-hidden="true">→</span>
        </Button>
      </nav>
    </>
  );
}

type CountedPage = { totalCount: number; totalCountIsLowerBound?: boolean };

/** A search counts its matches only up to a bound (counting every match of a common word is slow). */
function totalText(data: CountedPage): string {
  return data.totalCountIsLowerBound
    ? `more than ${formatNumber(data.totalCount)}`
    : formatNumber(data.totalCount);
}
