import '../../ui/DataTable.css';
import { formatMonthLong, formatNumber } from '../../lib/format';
import { itemKindPlural } from '../../lib/labels';
import type { Month } from '../../lib/period';
import { VOLUME_STACK } from './volume-chart-config';
import type { VolumeRow, VolumeSummary } from './volume-rows';

/**
 * The chart's numbers as a table: always in the accessibility tree (it is the chart's text
 * alternative), shown on screen when asked for.
 */
export function VolumeTable({
  id,
  rows,
  summary,
  caption,
  visible,
  partialMonth,
}: {
  id: string;
  rows: readonly VolumeRow[];
  summary: VolumeSummary;
  caption: string;
  visible: boolean;
  /** The current month, whose numbers are still growing. */
  partialMonth: Month | null;
}) {
  return (
    <div id={id} className={visible ? 'volume-table' : 'visually-hidden'}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {VOLUME_STACK.map((kind) => (
              <th scope="col" key={kind} className="data-table__number">
                {itemKindPlural[kind]}
              </th>
            ))}
            <th scope="col" className="data-table__number">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">
                {formatMonthLong(row.month)}
                {row.month === partialMonth ? ' (so far)' : ''}
              </th>
              {VOLUME_STACK.map((kind) => (
                <td key={kind} className="data-table__number">
                  {formatNumber(row[kind])}
                </td>
              ))}
              <td className="data-table__number data-table__strong">{formatNumber(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All months</th>
            {VOLUME_STACK.map((kind) => (
              <td key={kind} className="data-table__number">
                {formatNumber(summary.byKind[kind])}
              </td>
            ))}
            <td className="data-table__number data-table__strong">{formatNumber(summary.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
