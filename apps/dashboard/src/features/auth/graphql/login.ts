import { graphql } from '../../../graphql/generated';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        id
        displayName
        role
        teamId
      }
    }
  }
`);
