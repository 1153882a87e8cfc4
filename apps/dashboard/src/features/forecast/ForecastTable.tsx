import { formatNumber } from '../../lib/format';
import { DrillLink } from '../insights/DrillLink';
import { formatExcess, SHOWN_HISTORY, weekLabel, type TeamForecast } from './forecast-shape';

const whole = (value: number) => formatNumber(Math.round(value));

/** The chart's numbers: past weeks with links to their items, then the forecast weeks. */
export function ForecastTable({ team }: { team: TeamForecast }) {
  const name = team.team.name;
  return (
    <table className="data-table">
      <caption>{`Weekly arrivals and forecast, ${name}`}</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col" className="data-table__number">
            Arrivals
          </th>
          <th scope="col" className="data-table__number">
            80% interval
          </th>
          <th scope="col" className="data-table__number">
            95% interval
          </th>
          <th scope="col" className="data-table__number">
            Against capacity
          </th>
        </tr>
      </thead>
      <tbody>
        {team.history.slice(-SHOWN_HISTORY).map((week) => (
          <tr key={week.weekStart}>
            <th scope="row">{weekLabel(week.weekStart)}</th>
            <td className="data-table__number">
              <DrillLink
                drilldown={week.drilldown}
                about={`${name}: items received in the ${weekLabel(week.weekStart)}`}
              >
                {formatNumber(week.arrivals)}
              </DrillLink>
            </td>
            <td />
            <td />
            <td />
          </tr>
        ))}
        {team.weeks.map((week) => (
          <tr key={week.weekStart} className="forecast__future">
            <th scope="row">{weekLabel(week.weekStart)} (forecast)</th>
            <td className="data-table__number">{whole(week.expected)}</td>
            <td className="data-table__number">
              {whole(week.lower80)}–{whole(week.upper80)}
            </td>
            <td className="data-table__number">
              {whole(week.lower95)}–{whole(week.upper95)}
            </td>
            <td className="data-table__number">{formatExcess(week.excess)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
