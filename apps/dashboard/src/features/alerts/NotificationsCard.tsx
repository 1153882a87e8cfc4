import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatShortDateTime } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/states';
import { QueryStates } from '../insights/QueryStates';
import { MarkNotificationsReadDocument, NotificationsDocument } from './graphql/alerts';

export const NOTIFICATIONS_SHOWN = 20;

/** The manager's own alerts, newest first, unread ones marked; each opens its page. */
export function NotificationsCard() {
  const query = useQuery(NotificationsDocument, {
    variables: { input: { take: NOTIFICATIONS_SHOWN } },
  });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument],
  });
  const unread = query.data?.notifications.unread ?? 0;

  return (
    <Card
      title={`Notifications${unread ? ` (${unread} unread)` : ''}`}
      titleId="alerts-notifications"
      actions={
        unread > 0 ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={marking.loading}
            onClick={() => void markRead({ variables: { input: { all: true } } })}
          >
            Mark all read
          </Button>
        ) : null
      }
    >
      <QueryStates query={query} what="your notifications">
        {(data) =>
          data.notifications.items.length === 0 ? (
            <EmptyState title="No alerts yet">
              When one of the rules below fires, it is listed here.
            </EmptyState>
          ) : (
            <ul className="alerts__notifications">
              {data.notifications.items.map((notification) => (
                <li key={notification.id} className={notification.readAt ? '' : 'alerts__unread'}>
                  <div className="alerts__notification-head">
                    {notification.readAt ? null : <Badge tone="accent">Unread</Badge>}
                    <Link to={notification.event.link}>{notification.event.title}</Link>
                    <span className="alerts__sub">
                      {formatShortDateTime(notification.event.firedAt)}
                    </span>
                  </div>
                  <p>{notification.event.message}</p>
                  {notification.readAt ? null : (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={marking.loading}
                      aria-label={`Mark “${notification.event.title}” read`}
                      onClick={() =>
                        void markRead({ variables: { input: { ids: [notification.id] } } })
                      }
                    >
                      Mark read
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </Card>
  );
}
