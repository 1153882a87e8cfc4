import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { downloadText } from '../../lib/csv';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { QueryStates } from '../insights/QueryStates';
import { DigestViewer } from './DigestViewer';
import { digestsCsv, FREQUENCY_LABEL, TRANSPORT_LABEL } from './digest-shape';
import { SubscriptionCard } from './SubscriptionCard';
import { DigestsDocument } from './graphql/digests';
import './Digests.css';

/** Past digests listed; the API allows up to 100. */
const LISTED = 50;
export const OPEN_PARAM = 'open';

/**
 * The review digest: a manager turns it on (weekly or monthly), sees every digest sent to them
 * and opens one as it was sent. With no mail server configured this page is the outbox.
 */
export default function DigestsPage() {
  const [params, setParams] = useSearchParams();
  const openId = params.get(OPEN_PARAM);
  const list = useQuery(DigestsDocument, {
    variables: { take: LISTED },
    notifyOnNetworkStatusChange: true,
  });
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set(OPEN_PARAM, id);
    else next.delete(OPEN_PARAM);
    setParams(next);
  };

  return (
    <div className="digests-page">
      <PageHeader
        eyebrow="Review"
        title="Review digest"
        description="The review’s headline figures, the warning signs that changed, rising themes and policies and the actions due, sent to you each week or month with links back here."
      />
      <div className="digests-page__grid">
        <SubscriptionCard onSaved={() => void list.refetch()} />
        <Card
          title="Past digests"
          titleId="digests-past"
          actions={
            <>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => void list.refetch()}
                disabled={list.loading}
              >
                Refresh
              </Button>
              <Button
                size="sm"
                variant="secondary"
                disabled={!list.data?.digests.length}
                onClick={() =>
                  downloadText(digestsCsv(list.data?.digests ?? []), 'fulcrum-digests.csv')
                }
              >
                Export CSV
              </Button>
            </>
          }
        >
          <QueryStates query={list} what="your digests" lines={3}>
            {(data) =>
              data.digests.length === 0 ? (
                <EmptyState title="No digest yet">
                  Turn the digest on: the latest ended period’s digest is sent within minutes, then
                  one each week or month.
                </EmptyState>
              ) : (
                <table className="data-table">
                  <caption>Newest period first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Period</th>
                      <th scope="col">Frequency</th>
                      <th scope="col">Sent</th>
                      <th scope="col">Delivery</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.digests.map((digest) => (
                      <tr
                        key={digest.id}
                        aria-current={digest.id === openId ? 'true' : undefined}
                        className={digest.id === openId ? 'digests-page__open-row' : undefined}
                      >
                        <th scope="row">
                          <Link
                            to={`?${new URLSearchParams({ ...Object.fromEntries(params), [OPEN_PARAM]: digest.id }).toString()}`}
                            aria-label={`Open the digest of ${digest.period.label}`}
                          >
                            {digest.period.label}
                          </Link>
                        </th>
                        <td>{FREQUENCY_LABEL[digest.frequency]}</td>
                        <td>{formatDateTime(digest.sentAt)}</td>
                        <td>{TRANSPORT_LABEL[digest.transport]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            }
          </QueryStates>
        </Card>
      </div>
      {openId ? <DigestViewer id={openId} onClose={() => open(null)} /> : null}
    </div>
  );
}
