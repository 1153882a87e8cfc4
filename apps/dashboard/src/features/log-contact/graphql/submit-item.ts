import { graphql } from '../../../graphql/generated';

// The contact and the exception decided on it in one request, stored together or not at all.
export const LogContactDocument = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      created
      item {
        id
        kind
        channel
        priority
        status
        receivedAt
        team {
          id
          name
        }
      }
      exception {
        id
        type
      }
    }
  }
`);
