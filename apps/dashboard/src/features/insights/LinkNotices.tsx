import type { ReactNode } from 'react';
import { listInWords } from '../../lib/labels';
import { Alert } from '../../ui/Alert';

interface LinkNoticesProps {
  /** Whether the link's period had to be changed to one the page can show. */
  adjusted: boolean;
  /** Parts of the link the page could not use and left out. */
  dropped: readonly string[];
  /** The longest period the page shows, for the usual sentence about a changed period. */
  maxMonths?: number;
  /** The sentence about a changed period, where the usual one does not fit. */
  children?: ReactNode;
}

/** What a shared link asked for that the page could not use, said rather than silently changed. */
export function LinkNotices({ adjusted, dropped, maxMonths, children }: LinkNoticesProps) {
  return (
    <>
      {adjusted ? (
        <Alert tone="info" role="status">
          {children ?? (
            <>
              The period in the link could not be used as it was (at most {maxMonths} months), so
              another is shown.
            </>
          )}
        </Alert>
      ) : null}
      {dropped.length > 0 ? (
        <Alert tone="info" role="status">
          Part of the link could not be used and was left out: {listInWords(dropped)}.
        </Alert>
      ) : null}
    </>
  );
}
