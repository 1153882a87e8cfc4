import { Link } from 'react-router';
import { formatShortDate } from '../../lib/format';
import type { ChartMarker } from './trend-rows';

/** The improvement actions marked on a chart (◆1, ◆2 …), each a link to its action. */
export function MarkerList({ markers }: { markers: readonly ChartMarker[] }) {
  if (markers.length === 0) return null;
  return (
    <ul className="marker-list" aria-label="Improvement actions marked on the chart">
      {markers.map((marker) => (
        <li key={`${marker.actionId}-${marker.milestone}`}>
          <span className="marker-list__number" aria-hidden="true">
            ◆{marker.number}
          </span>
          {marker.milestone === 'STARTED' ? 'Started' : 'Done'} {formatShortDate(marker.on)}:{' '}
          <Link to={`/actions/${marker.actionId}`}>{marker.title}</Link>
        </li>
      ))}
    </ul>
  );
}
