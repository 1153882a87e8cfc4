import type { ReactNode } from 'react';

/**
 * A settings list as a table: the caption names it for screen readers, the page gives its
 * column headers and body rows, and the last column holds each row's actions.
 */
export function RecordsTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: string;
  /** The `<th scope="col">` cells before the actions column. */
  columns: ReactNode;
  className?: string;
  /** One or more `<tbody>`. */
  children: ReactNode;
}) {
  return (
    <div className="table-frame">
      <table className={['data-table data-table--records', className].filter(Boolean).join(' ')}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns}
            <th scope="col" className="data-table__actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
