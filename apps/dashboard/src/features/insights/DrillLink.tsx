import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { drilldownUrl, type DrilldownLike } from '../../lib/drilldown-url';

/**
 * A number that opens the items behind it in the Explorer. `about` names the figure there
 * ("Complaints, Oct 2026"); without a drill-down the number is shown as plain text.
 */
export function DrillLink({
  drilldown,
  about,
  children,
  label,
  className,
}: {
  drilldown: DrilldownLike | null | undefined;
  about: string;
  children: ReactNode;
  /** The link's accessible name when the visible text alone is ambiguous. */
  label?: string;
  className?: string;
}) {
  if (!drilldown) return <span className={className}>{children}</span>;
  return (
    <Link
      to={drilldownUrl(drilldown, about)}
      className={`drill-link ${className ?? ''}`}
      aria-label={label}
      title={`Show the items: ${about}`}
    >
      {children}
    </Link>
  );
}
