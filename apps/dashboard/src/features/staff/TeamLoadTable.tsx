import type { TeamLoadFieldsFragment } from '../../graphql/generated/graphql';
import { formatHours, formatNumber } from '../../lib/format';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { Meter } from '../insights/Meter';
import { LoadBadge } from '../insights/StateBadge';
import { availabilityText, pulseText, utilisationText } from './staff-shape';
import { LOAD_COLORS } from './load-colors';

/** The load bars run to 150% of capacity; the mark across them is 100%. */
const UTILISATION_SCALE = 1.5;

/**
 * Each team's load against its capacity: state, arrivals against what its available staff
 * complete, open items, and the pulse (only for groups of at least five entries).
 */
export function TeamLoadTable({
  teams,
  periodLabel,
  caption,
  compact = false,
}: {
  teams: readonly TeamLoadFieldsFragment[];
  periodLabel: string;
  caption: string;
  compact?: boolean;
}) {
  return (
    <div className="table-frame">
      <table className="data-table data-table--records">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">State</th>
            <th scope="col">Load against capacity</th>
            <th scope="col" className="data-table__number">
              Staff available
            </th>
            <th scope="col" className="data-table__number">
              Open items
            </th>
            <th scope="col">Pulse workload</th>
            {compact ? null : (
              <>
                <th scope="col" className="data-table__number">
                  Sick days
                </th>
                <th scope="col" className="data-table__number">
                  Departures
                </th>
                <th scope="col" className="data-table__number">
                  First response
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.team.id}>
              <th scope="row" className="team-load__team">
                {team.team.name}
                {compact || team.reasons.length === 0 ? null : (
                  <ul className="load-reasons">
                    {team.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </th>
              <td>
                <LoadBadge state={team.state} />
              </td>
              <td>
                <Meter
                  share={(team.utilisation ?? 0) / UTILISATION_SCALE}
                  mark={1 / UTILISATION_SCALE}
                  text={utilisationText(team.utilisation)}
                  color={LOAD_COLORS[team.state]}
                />
              </td>
              <td className="data-table__number">{availabilityText(team)}</td>
              <td className="data-table__number">
                <DrillLink
                  drilldown={team.drilldown}
                  about={`Open items of ${team.team.name} at the end of ${periodLabel}`}
                >
                  {formatNumber(team.openItems)}
                </DrillLink>
              </td>
              <td>
                {pulseText(team.pulse)}
                {team.pulse.shown ? (
                  <span className="data-table__muted">
                    {' '}
                    ({formatNumber(team.pulse.responses)} entries)
                  </span>
                ) : null}
              </td>
              {compact ? null : (
                <>
                  <td className="data-table__number">{formatNumber(team.sickDays)}</td>
                  <td className="data-table__number">{formatNumber(team.departures)}</td>
                  <td className="data-table__number">
                    {team.firstResponseHours === null ? '—' : formatHours(team.firstResponseHours)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
