import type { WaitSpotFieldsFragment } from '../../graphql/generated/graphql';
import { formatHours, formatNumber, formatPercent } from '../../lib/format';
import { itemStatusLabel } from '../../lib/labels';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { Meter } from '../insights/Meter';

/** "Online Orders & Delivery · Refunds need a receipt" */
export function waitPlace(wait: Pick<WaitSpotFieldsFragment, 'team' | 'policy'>): string {
  return [wait.team?.name ?? 'No team', wait.policy?.name].filter(Boolean).join(' · ');
}

/** Where requests wait longest, ranked: the place, the waiting status, the items and the time. */
export function WaitsTable({
  waits,
  periodLabel,
  caption,
}: {
  waits: readonly WaitSpotFieldsFragment[];
  periodLabel: string;
  caption: string;
}) {
  return (
    <div className="table-frame">
      <table className="data-table data-table--records">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Where</th>
            <th scope="col">Waiting</th>
            <th scope="col" className="data-table__number">
              Items
            </th>
            <th scope="col" className="data-table__number">
              Mean wait
            </th>
            <th scope="col" className="data-table__number">
              Waiting now
            </th>
            <th scope="col" className="data-table__number">
              In all
            </th>
            <th scope="col">Share of all waiting</th>
          </tr>
        </thead>
        <tbody>
          {waits.map((wait) => {
            const place = waitPlace(wait);
            const status = itemStatusLabel[wait.status].toLowerCase();
            return (
              <tr key={`${wait.rank}`}>
                <td>{wait.rank}</td>
                <th scope="row">
                  {place}
                  <p className="data-table__muted">{wait.explanation}</p>
                </th>
                <td>{itemStatusLabel[wait.status]}</td>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={wait.drilldown}
                    about={`Items ${status} at ${place}, ${periodLabel}`}
                  >
                    {formatNumber(wait.items)}
                  </DrillLink>
                </td>
                <td className="data-table__number">
                  {wait.meanHours === null ? '—' : formatHours(wait.meanHours)}
                </td>
                <td className="data-table__number">{formatNumber(wait.waitingNow)}</td>
                <td className="data-table__number">{formatHours(wait.totalHours)}</td>
                <td>
                  <Meter
                    share={wait.shareOfWaiting}
                    text={formatPercent(wait.shareOfWaiting)}
                    color="var(--chart-orange)"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The top waits as a short numbered list, for a narrow column (the review). */
export function WaitsList({
  waits,
  periodLabel,
}: {
  waits: readonly WaitSpotFieldsFragment[];
  periodLabel: string;
}) {
  return (
    <ol className="waits-list" aria-label={`Where requests waited longest, ${periodLabel}`}>
      {waits.map((wait) => {
        const place = waitPlace(wait);
        const status = itemStatusLabel[wait.status].toLowerCase();
        return (
          <li key={wait.rank} className="waits-list__item">
            <span className="waits-list__place">{place}</span>{' '}
            <span className="waits-list__status">{status}</span>
            <span className="waits-list__figures">
              <DrillLink
                drilldown={wait.drilldown}
                about={`Items ${status} at ${place}, ${periodLabel}`}
              >
                {formatNumber(wait.items)} {wait.items === 1 ? 'item' : 'items'}
              </DrillLink>
              , {wait.meanHours === null ? '—' : formatHours(wait.meanHours)} each on average,{' '}
              {formatPercent(wait.shareOfWaiting)} of all waiting
            </span>
          </li>
        );
      })}
    </ol>
  );
}
