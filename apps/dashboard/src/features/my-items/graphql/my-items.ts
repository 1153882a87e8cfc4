import { graphql } from '../../../graphql/generated';

/**
 * The signed-in person's items: the API's row scope limits staff to the items they logged or
 * handled, so this is the plain items query. The timeline gives the last decision and update.
 */
export const MyItemsDocument = graphql(`
  query MyItems($filter: ItemFilterInput, $first: Int!, $after: String, $oldestFirst: Boolean!) {
    items(filter: $filter, first: $first, after: $after, oldestFirst: $oldestFirst) {
      totalCount
      endCursor
      hasNextPage
      nodes {
        id
        kind
        status
        receivedAt
        viability
        team {
          id
          name
        }
        events {
          id
          type
          occurredAt
        }
      }
    }
  }
`);
