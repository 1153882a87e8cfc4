import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../session/useCurrentUser';
import { SectionTabs } from '../../ui/SectionTabs';
import { settingsSectionsFor } from './sections';
import '../../ui/fields/fields.css';
import './Settings.css';

/** The settings section: a tab per page the role may change, and the page below. */
export default function SettingsLayout() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  if (!user) return null;
  const sections = settingsSectionsFor(user.role);
  if (pathname === '/settings' || pathname === '/settings/') {
    return sections[0] ? <Navigate to={sections[0].path} replace /> : null;
  }
  return (
    <div className="settings">
      <SectionTabs
        label="Settings"
        tabs={sections.map((section) => ({ path: section.path, label: section.label }))}
      />
      <Outlet />
    </div>
  );
}
