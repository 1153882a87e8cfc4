import { Outlet } from 'react-router';
import { SectionTabs } from '../../ui/SectionTabs';
import './FormsLayout.css';

const tabs = [
  { path: '/forms/pulse', label: 'Staff feedback' },
  { path: '/forms/contact', label: 'Log a customer contact' },
  {
    path: '/feedback',
    label: (
      <>
        Public customer form <span aria-hidden="true">↗</span>
      </>
    ),
    end: true,
  },
] as const;

/** The forms section: a tab strip over the staff forms, and the public form's address to share. */
export default function FormsLayout() {
  return (
    <div className="forms-layout">
      <SectionTabs label="Forms" tabs={tabs} />
      <Outlet />
    </div>
  );
}
