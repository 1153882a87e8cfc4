import { Link, Outlet, useLocation } from 'react-router';
import './FormsLayout.css';

const tabs = [
  { path: '/forms/pulse', label: 'Staff feedback' },
  { path: '/forms/contact', label: 'Log a customer contact' },
] as const;

/** The forms section: a tab strip over the staff forms, and the public form's address to share. */
export default function FormsLayout() {
  const { pathname } = useLocation();
  return (
    <div className="forms-layout">
      <nav className="forms-tabs" aria-label="Forms">
        <ul>
          {tabs.map((tab) => {
            const current = pathname === tab.path;
            return (
              <li key={tab.path}>
                <Link
                  to={tab.path}
                  className={`forms-tabs__tab${current ? ' forms-tabs__tab--current' : ''}`}
                  aria-current={current ? 'page' : undefined}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
          <li className="forms-tabs__public">
            <Link to="/feedback" className="forms-tabs__tab">
              Public customer form <span aria-hidden="true">↗</span>
            </Link>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
