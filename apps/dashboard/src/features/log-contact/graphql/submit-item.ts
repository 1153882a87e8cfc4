import { graphql } from '../../../graphql/generated';

export const LogContactDocument = graphql(`
  mutation LogContact($input: SubmitItemInput!) {
    submitItem(input: $input) {
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
    }
  }
`);
