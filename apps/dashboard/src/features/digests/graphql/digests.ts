import { graphql } from '../../../graphql/generated';

/** The signed-in manager's subscription, where their mail goes and what the next digest covers. */
export const DigestSubscriptionDocument = graphql(`
  query DigestSubscription {
    digestSubscription {
      enabled
      frequency
      email
      transport
      latestPeriod {
        from
        to
        label
      }
    }
  }
`);

export const UpdateDigestSubscriptionDocument = graphql(`
  mutation UpdateDigestSubscription($input: UpdateDigestSubscriptionInput!) {
    updateDigestSubscription(input: $input) {
      enabled
      frequency
      email
      transport
      latestPeriod {
        from
        to
        label
      }
    }
  }
`);

/** The caller's past digests, newest period first. */
export const DigestsDocument = graphql(`
  query Digests($take: Int) {
    digests(take: $take) {
      id
      frequency
      subject
      recipient
      transport
      sentAt
      period {
        from
        to
        label
      }
    }
  }
`);

/** One digest as it was sent. */
export const DigestDocument = graphql(`
  query Digest($id: ID!) {
    digest(id: $id) {
      id
      subject
      text
      html
    }
  }
`);
