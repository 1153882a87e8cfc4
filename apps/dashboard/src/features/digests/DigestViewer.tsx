import { useQuery } from '@apollo/client/react';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { QueryStates } from '../insights/QueryStates';
import { framedMail } from './digest-shape';
import { DigestDocument } from './graphql/digests';

/** One digest as it was sent: the HTML in a sandboxed frame (no scripts), the plain text below. */
export function DigestViewer({ id, onClose }: { id: string; onClose: () => void }) {
  const query = useQuery(DigestDocument, { variables: { id } });
  return (
    <Card
      className="digest-viewer"
      title={query.data?.digest.subject ?? 'Digest'}
      titleId="digest-viewer-title"
      actions={
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close
        </Button>
      }
    >
      <QueryStates query={query} what="the digest" lines={6}>
        {(data) => (
          <>
            <iframe
              className="digest-viewer__frame"
              title={data.digest.subject}
              sandbox="allow-top-navigation-by-user-activation"
              srcDoc={framedMail(data.digest.html)}
            />
            <details className="digest-viewer__text">
              <summary>Plain text</summary>
              <pre>{data.digest.text}</pre>
            </details>
          </>
        )}
      </QueryStates>
    </Card>
  );
}
