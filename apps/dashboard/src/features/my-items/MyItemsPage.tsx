import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useClock } from '../../lib/clock';
import { formatDuration, formatNumber, formatShortDate } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { itemKindLabel, itemStatusLabel } from '../../lib/labels';
import { referenceOf } from '../../lib/reference';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/fields/SelectField';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import {
  currentCursor,
  nextPage,
  pageNumber,
  pageRange,
  PAGE_SIZE,
  previousPage,
  readPageState,
  type PageState,
} from '../explorer/pages';
import { MyItemsDocument } from './graphql/my-items';
import { lastDecision, lastUpdatedAt, type MyItemsView, readView, STATUSES_OF } from './my-items';
import '../../ui/DataTable.css';
import '../explorer/Explorer.css';
import './MyItemsPage.css';

const VIEW_CHOICES: { value: MyItemsView; label: string }[] = [
  { value: 'open', label: 'Open items, the longest waiting first' },
  { value: 'closed', label: 'Closed items, the latest first' },
];

/**
 * A staff member's work list: the items they logged or handled (the API's row scope decides
 * which), each opening the item page where they add a reply or a decision.
 */
export default function MyItemsPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const clock = useClock();
  const view = readView(params);
  const page = readPageState(location.state);
  const { data, previousData, loading, error, refetch } = useQuery(MyItemsDocument, {
    variables: {
      filter: { statuses: STATUSES_OF[view] },
      first: PAGE_SIZE,
      after: currentCursor(page),
      oldestFirst: view === 'open',
    },
    notifyOnNetworkStatusChange: true,
  });
  const items = (data ?? previousData)?.items;
  const updating = loading && Boolean(items);
  const goToPage = (next: PageState) => void navigate({ search: location.search }, { state: next });

  return (
    <>
      <PageHeader
        eyebrow="Your work"
        title="My items"
        description="The contacts you logged and the items you replied to. Open one to add a reply or a decision."
      />
      <Card className="my-items__filter" aria-label="Which items">
        <SelectField
          id="my-items-status"
          label="Show"
          value={view}
          // A new view starts from its first page (no history state): cursors follow one order.
          onChange={(value) => setParams(value === 'closed' ? { status: 'closed' } : {})}
          options={VIEW_CHOICES}
        />
      </Card>
      {error && !items ? (
        <ErrorState message={describeError(error).message} onRetry={() => void refetch()} />
      ) : !items ? (
        <LoadingState label="Loading your items…" />
      ) : items.nodes.length === 0 ? (
        <EmptyState title={view === 'open' ? 'No open items' : 'No closed items'}>
          Contacts you log under Forms, and items you reply to, appear here.
        </EmptyState>
      ) : (
        <>
          <div className="table-frame" aria-busy={updating || undefined}>
            <table className="data-table data-table--records">
              <caption className="visually-hidden">
                {view === 'open'
                  ? 'Your open items, the longest waiting first'
                  : 'Your closed items, the latest first'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Reference</th>
                  <th scope="col">Received</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Team</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last decision</th>
                  <th scope="col">Since the last update</th>
                </tr>
              </thead>
              <tbody>
                {items.nodes.map((item) => {
                  const updatedAt = lastUpdatedAt(item);
                  const minutes = (clock().getTime() - Date.parse(updatedAt)) / 60_000;
                  return (
                    <tr key={item.id}>
                      <td>
                        <Link to={`/explorer/items/${item.id}`}>{referenceOf(item.id)}</Link>
                      </td>
                      <td>
                        <time dateTime={item.receivedAt}>{formatShortDate(item.receivedAt)}</time>
                      </td>
                      <td>{itemKindLabel[item.kind]}</td>
                      <td>{item.team?.name ?? 'No team'}</td>
                      <td>{itemStatusLabel[item.status]}</td>
                      <td>{lastDecision(item) ?? 'None yet'}</td>
                      <td>
                        <time dateTime={updatedAt}>{formatDuration(minutes)}</time>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            shown={items.nodes.length}
            total={items.totalCount}
            nextCursor={items.hasNextPage ? items.endCursor : null}
            busy={updating}
            onPage={goToPage}
          />
        </>
      )}
    </>
  );
}

function Pager(props: {
  page: PageState;
  shown: number;
  total: number;
  nextCursor: string | null | undefined;
  busy: boolean;
  onPage: (next: PageState) => void;
}) {
  const { page, shown, total, nextCursor, busy, onPage } = props;
  const range = pageRange(page, shown);
  return (
    <nav className="explorer-pager" aria-label="Pages of your items">
      <Button
        variant="secondary"
        size="sm"
        disabled={pageNumber(page) === 1 || busy}
        onClick={() => onPage(previousPage(page))}
      >
        <span aria-hidden="true">←</span> Previous page
      </Button>
      <p className="explorer-pager__where">
        Items {formatNumber(range.first)}–{formatNumber(range.last)} of {formatNumber(total)}
      </p>
      <Button
        variant="secondary"
        size="sm"
        disabled={!nextCursor || busy}
        onClick={() => nextCursor && onPage(nextPage(page, nextCursor))}
      >
        Next page <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}
