import type { ReactNode } from 'react';
import { FulcrumMark } from './FulcrumMark';
import './PublicLayout.css';

/** Pages anyone may open (sign-in, the customer form): the brand, one main landmark, no navigation. */
export function PublicLayout({
  children,
  aside,
  wide = false,
}: {
  children: ReactNode;
  aside?: ReactNode;
  wide?: boolean;
}) {
  return (
    <div className={`public${aside ? ' public--split' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      {aside ? <aside className="public__aside">{aside}</aside> : null}
      <div className="public__column">
        <header className="public__header">
          <span className="public__brand">
            <FulcrumMark size={30} />
            <span>Fulcrum</span>
          </span>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className={`public__main${wide ? ' public__main--wide' : ''}`}
        >
          {children}
        </main>
      </div>
    </div>
  );
}
