import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import './SectionTabs.css';

export interface SectionTab {
  path: string;
  label: ReactNode;
  /** Pushed to the far end of the strip (links out of the section). */
  end?: boolean;
  /** Counts as current for deeper paths too (/settings/themes/…). */
  matchPrefix?: boolean;
}

/** The pages of a section as a strip of links; the current one is marked for everyone. */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly SectionTab[] }) {
  const { pathname } = useLocation();
  return (
    <nav className="section-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => {
          const current =
            pathname === tab.path ||
            (tab.matchPrefix === true && pathname.startsWith(`${tab.path}/`));
          return (
            <li key={tab.path} className={tab.end ? 'section-tabs__end' : undefined}>
              <Link
                to={tab.path}
                className={`section-tabs__tab${current ? ' section-tabs__tab--current' : ''}`}
                aria-current={current ? 'page' : undefined}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
