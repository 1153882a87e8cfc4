import { useMutation } from '@apollo/client/react';
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { SignOutDocument } from '../features/auth/graphql/sign-out';
import { roleLabel } from '../lib/labels';
import { useSessionStore } from '../session/SessionProvider';
import { Button } from '../ui/Button';
import { requestTitleFocus } from '../ui/route-focus';
import { LoadingState } from '../ui/states';
import { homePathFor } from '../session/home-path';
import { FulcrumMark } from '../ui/FulcrumMark';
import { NavIconGlyph } from './icons';
import { isInSection, navEntriesFor, type NavEntry } from './navigation';
import { useCurrentUser } from '../session/useCurrentUser';
import { DemoLoadBanner } from './DemoLoadBanner';
import { NotificationBell } from '../features/alerts/NotificationBell';
import './AppShell.css';

/** Header, role-aware navigation and the page area every signed-in page renders into. */
export function AppShell() {
  const user = useCurrentUser();
  const store = useSessionStore();
  const [endSession] = useMutation(SignOutDocument);
  const location = useLocation();
  const firstPath = useRef(location.pathname);

  useEffect(() => {
    if (location.pathname !== firstPath.current) requestTitleFocus();
  }, [location.pathname]);

  if (!user) return null;
  const entries = navEntriesFor(user.role);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="shell__header">
        <Link to={homePathFor(user.role)} className="shell__brand">
          <FulcrumMark />
          <span>Fulcrum</span>
        </Link>
        <div className="shell__user">
          {/* Alerts are told to managers (their notifications). */}
          {user.role === 'MANAGER' ? <NotificationBell /> : null}
          <span className="shell__avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="shell__who">
            <span className="shell__name">{user.name}</span>
            <span className="shell__role">{roleLabel[user.role]}</span>
          </span>
          <Button
            variant="ghost"
            size="sm"
            className="shell__signout"
            // The API revokes the session and clears its cookie; the page signs out even if
            // the API cannot be reached, and the session then ends when its cookie expires.
            onClick={() =>
              void endSession()
                .catch(() => undefined)
                .finally(() => store.signOut('signed-out'))
            }
          >
            Sign out
          </Button>
        </div>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label="Main">
          <ul className="nav">
            {entries.map((entry) => (
              <li key={entry.id}>
                <NavItem entry={entry} active={isInSection(location.pathname, entry.path)} />
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <DemoLoadBanner />
          <Suspense fallback={<LoadingState label="Loading page…" />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

function NavItem({ entry, active }: { entry: NavEntry; active: boolean }) {
  if (entry.status === 'planned') {
    // Shown so people see what is coming; not a link and not in the tab order.
    return (
      <span
        className="nav__item nav__item--planned"
        role="link"
        aria-disabled="true"
        title={`${entry.summary} — coming soon`}
      >
        <NavIconGlyph name={entry.id} />
        <span className="nav__label">{entry.label}</span>
        <span className="nav__badge">
          <span aria-hidden="true">Soon</span>
          <span className="visually-hidden"> (coming soon)</span>
        </span>
      </span>
    );
  }
  return (
    <Link
      to={entry.path}
      className={`nav__item${active ? ' nav__item--active' : ''}`}
      aria-current={active ? 'page' : undefined}
    >
      <NavIconGlyph name={entry.id} />
      <span className="nav__label">{entry.label}</span>
    </Link>
  );
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? [words[0][0], words[words.length - 1][0]] : [words[0]?.[0] ?? '?'];
  return letters.join('').toUpperCase();
}
