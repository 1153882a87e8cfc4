import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { NotificationsDocument } from './graphql/alerts';

/** Re-reads the unread count this often while a page is open. */
const POLL_MS = 60_000;

/** The header's bell: the manager's unread alerts, a link to them. Silent when it cannot tell. */
export function NotificationBell() {
  const { data } = useQuery(NotificationsDocument, {
    variables: { input: { take: 1, unreadOnly: true } },
    pollInterval: POLL_MS,
  });
  const unread = data?.notifications.unread ?? 0;
  const label = unread === 0 ? 'Notifications: none unread' : `Notifications: ${unread} unread`;
  return (
    <Link to="/alerts#alerts-notifications" className="bell" aria-label={label} title={label}>
      <svg
        viewBox="0 0 20 20"
        width="20"
        height="20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        aria-hidden="true"
      >
        <path
          d="M5 13.5V9a5 5 0 0 1 10 0v4.5l1.5 2h-13l1.5-2ZM8.5 17.5h3"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
