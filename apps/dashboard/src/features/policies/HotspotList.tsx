import { Link } from 'react-router';
import type { HotspotSummaryFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { SeverityBadge } from '../insights/StateBadge';
import { ScoreBar } from './ScoreBar';

/** A signed change of score in points: "+13", "−5", "new". */
export function scoreChange(score: number, previous: number | null): string {
  if (previous === null) return 'new';
  const delta = Math.round(score - previous);
  if (delta === 0) return 'no change';
  return delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`;
}

/** Policies ranked by friction, each score drawn as its parts; a name opens the hotspot. */
export function HotspotList({
  hotspots,
  periodLabel,
  hrefOf,
  caption,
  selectedId,
}: {
  hotspots: readonly HotspotSummaryFieldsFragment[];
  periodLabel: string;
  /** Where a policy's name leads (its detail on the policy page). */
  hrefOf: (policyId: string) => string;
  caption: string;
  selectedId?: string | null;
}) {
  return (
    <div className="table-frame">
      <table className="data-table data-table--records hotspot-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Policy</th>
            <th scope="col">Friction (0–100)</th>
            <th scope="col" className="data-table__number">
              Change
            </th>
            <th scope="col">Rising</th>
            <th scope="col" className="data-table__number">
              Linked items
            </th>
          </tr>
        </thead>
        <tbody>
          {hotspots.map((hotspot) => {
            const selected = hotspot.policy.id === selectedId;
            return (
              <tr
                key={hotspot.policy.id}
                className={selected ? 'hotspot-table__selected' : undefined}
              >
                <td>{hotspot.rank}</td>
                <th scope="row">
                  <Link to={hrefOf(hotspot.policy.id)} aria-current={selected ? 'true' : undefined}>
                    {hotspot.policy.name}
                  </Link>
                </th>
                <td>
                  <ScoreBar score={hotspot.score} parts={hotspot.parts} />
                </td>
                <td className="data-table__number">
                  {scoreChange(hotspot.score, hotspot.previousScore)}
                </td>
                <td>
                  <SeverityBadge severity={hotspot.rising} />
                </td>
                <td className="data-table__number">
                  <DrillLink
                    drilldown={hotspot.drilldown}
                    about={`Items linked to “${hotspot.policy.name}”, ${periodLabel}`}
                  >
                    {formatNumber(hotspot.activity.linkedItems)}
                  </DrillLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
