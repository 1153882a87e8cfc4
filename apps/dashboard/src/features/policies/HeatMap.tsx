import type { PolicyFrictionQuery } from '../../graphql/generated/graphql';
import { formatNumber } from '../../lib/format';
import '../../ui/DataTable.css';
import { DrillLink } from '../insights/DrillLink';
import { HEAT_STEPS, heatMap, heatStep } from './policy-shape';

/**
 * The policy × team heat map. It is a table: every cell states its score and linked items and
 * opens them; the one-hue scale only helps the eye find the hot cells.
 */
export function HeatMap({
  friction,
  periodLabel,
}: {
  friction: PolicyFrictionQuery['policyHotspots'];
  periodLabel: string;
}) {
  const { teams, rows } = heatMap(friction);
  if (teams.length === 0) return <p className="insight-list__text">No linked item has a team.</p>;
  return (
    <>
      <ul className="chart-legend heat-legend" aria-label="Friction score colours">
        {HEAT_STEPS.map((step, index) => (
          <li key={step.from} className="chart-legend__item">
            <span
              className="chart-legend__swatch heat-legend__swatch"
              style={{ background: step.color }}
              aria-hidden="true"
            />
            {index === HEAT_STEPS.length - 1
              ? `${step.from} and over`
              : `${step.from}–${HEAT_STEPS[index + 1].from - 1}`}
          </li>
        ))}
      </ul>
      <div className="table-frame heat-frame">
        <table className="data-table heat-table">
          <caption className="visually-hidden">
            {`Friction score (0–100) and linked items per policy and team, ${periodLabel}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Policy</th>
              {teams.map((team) => (
                <th scope="col" key={team.id} className="heat-table__team">
                  {team.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.policy.id}>
                <th scope="row" className="heat-table__policy">
                  {row.policy.name}
                </th>
                {row.cells.map((cell, index) => {
                  if (!cell)
                    return (
                      <td
                        key={teams[index].id}
                        className="heat-table__cell heat-table__cell--empty"
                      >
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">No linked items</span>
                      </td>
                    );
                  const step = heatStep(cell.score);
                  return (
                    <td
                      key={teams[index].id}
                      className="heat-table__cell"
                      style={{ background: step.color, color: step.text }}
                    >
                      <DrillLink
                        drilldown={cell.drilldown}
                        about={`Items linked to “${row.policy.name}” in ${teams[index].name}, ${periodLabel}`}
                        label={`${row.policy.name} in ${teams[index].name}: score ${Math.round(cell.score)}, ${cell.linkedItems} linked items. Show the items`}
                        className="heat-table__link"
                      >
                        <span className="heat-table__score">
                          {formatNumber(Math.round(cell.score))}
                        </span>
                        <span className="heat-table__items">
                          {formatNumber(cell.linkedItems)}{' '}
                          {cell.linkedItems === 1 ? 'item' : 'items'}
                        </span>
                      </DrillLink>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
