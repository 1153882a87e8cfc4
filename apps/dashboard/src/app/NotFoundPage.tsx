import { Link, useLocation } from 'react-router';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState } from '../ui/states';
import { homePathFor } from '../session/home-path';
import { isInSection, NAV_ENTRIES } from './navigation';
import { useCurrentUser } from '../session/useCurrentUser';

export function NotFoundPage() {
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const planned = NAV_ENTRIES.find(
    (entry) => entry.status === 'planned' && isInSection(pathname, entry.path),
  );
  return (
    <>
      <PageHeader title={planned ? `${planned.label} is coming soon` : 'Page not found'} />
      <EmptyState
        title={
          planned
            ? `${planned.summary} will appear here in a coming release.`
            : `There is no page at ${pathname}.`
        }
        action={user ? <Link to={homePathFor(user.role)}>Go to your start page</Link> : null}
      />
    </>
  );
}
