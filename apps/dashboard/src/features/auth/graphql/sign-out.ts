import { graphql } from '../../../graphql/generated';

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);
