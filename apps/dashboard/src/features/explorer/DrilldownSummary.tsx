import { Link } from 'react-router';
import type { DrilldownInput } from '../../graphql/generated/graphql';
import { describeDrilldown, type DrilldownNames } from '../../lib/drilldown-url';
import { EXPLORER_PATH } from '../../lib/explorer-url';

/**
 * What a drill-down's items are, in words: the figure they are behind and each condition they
 * meet. Conditions cannot be removed one by one (that would no longer be the figure's items).
 */
export function DrilldownSummary({
  drilldown,
  about,
  names,
}: {
  drilldown: DrilldownInput;
  about: string | null;
  names: DrilldownNames;
}) {
  const conditions = describeDrilldown(drilldown, names);
  return (
    <div className="drill-summary">
      <p className="drill-summary__lead">
        {about ? (
          <>
            The items behind <strong>{about}</strong>:
          </>
        ) : (
          'The items behind a figure:'
        )}
      </p>
      {conditions.length > 0 ? (
        <ul className="explorer-chips__list drill-summary__list" aria-label="What these items are">
          {conditions.map((condition) => (
            <li key={condition.key} className="drill-summary__condition">
              {condition.label}
            </li>
          ))}
        </ul>
      ) : (
        <p>Every item.</p>
      )}
      <p className="drill-summary__actions">
        <Link to={EXPLORER_PATH}>Search and filter all items instead</Link>
      </p>
    </div>
  );
}
