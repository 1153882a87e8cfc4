import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ExplorerRowFieldsFragment } from '../../graphql/generated/graphql';
import { formatShortDate } from '../../lib/format';
import { itemKindLabel } from '../../lib/labels';
import { FlagMarkers, SentimentBadge, ThemeBadges } from './ItemMarkers';
import '../../ui/DataTable.css';

export interface ResultsTableProps {
  rows: readonly ExplorerRowFieldsFragment[];
  caption: string;
  /** Where a row leads: the item page, keeping the list's filters in its URL. */
  hrefOf: (id: string) => string;
  /** The row to focus when the table appears (the item just viewed). */
  focusId?: string | null;
  busy?: boolean;
}

/**
 * The results. One row is in the tab order at a time: ↑ ↓ Home End move between rows, Enter
 * opens the item. The text is a link as well, for pointers and screen-reader link lists.
 */
export function ResultsTable({ rows, caption, hrefOf, focusId, busy = false }: ResultsTableProps) {
  const navigate = useNavigate();
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      rows.findIndex((row) => row.id === focusId),
    ),
  );
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  useEffect(() => {
    // Coming back from an item: focus its row, so the keyboard continues where it left off.
    if (!focusId) return;
    const index = rows.findIndex((row) => row.id === focusId);
    if (index >= 0) rowRefs.current[index]?.focus();
    // Only on arrival, not every time the rows re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const move = (index: number) => {
    const next = Math.min(Math.max(0, index), rows.length - 1);
    setActive(next);
    rowRefs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        move(0);
        break;
      case 'End':
        event.preventDefault();
        move(rows.length - 1);
        break;
      case 'Enter':
        event.preventDefault();
        void navigate(hrefOf(rows[index].id), { state: { fromList: true } });
        break;
      default:
        break;
    }
  };

  return (
    <div className="table-frame explorer-results__frame" aria-busy={busy || undefined}>
      <table className="data-table data-table--records explorer-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="explorer-table__date">
              Received
            </th>
            <th scope="col" className="explorer-table__kind">
              Kind
            </th>
            <th scope="col">Item</th>
            <th scope="col" className="explorer-table__team">
              Team
            </th>
            <th scope="col" className="explorer-table__sentiment">
              Sentiment
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={row.id}
              ref={(element) => {
                rowRefs.current[index] = element;
              }}
              tabIndex={index === activeIndex ? 0 : -1}
              className="explorer-table__row"
              onKeyDown={(event) => onKeyDown(event, index)}
              onFocus={(event) => {
                if (event.target === event.currentTarget) setActive(index);
              }}
            >
              <td className="explorer-table__date">
                <time dateTime={row.receivedAt}>{formatShortDate(row.receivedAt)}</time>
              </td>
              <td className="explorer-table__kind">{itemKindLabel[row.kind]}</td>
              <td>
                <div className="explorer-table__item">
                  <Link
                    to={hrefOf(row.id)}
                    state={{ fromList: true }}
                    className="explorer-table__text"
                    tabIndex={-1}
                  >
                    {row.displayText}
                  </Link>
                  <div className="explorer-table__marks">
                    <ThemeBadges themes={row.themes} max={3} />
                    <FlagMarkers flags={row.flags} />
                  </div>
                </div>
              </td>
              <td className="explorer-table__team">{row.team?.name ?? '—'}</td>
              <td className="explorer-table__sentiment">
                <SentimentBadge sentiment={row.sentiment} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
