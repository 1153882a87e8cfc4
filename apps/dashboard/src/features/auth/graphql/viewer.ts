import { graphql } from '../../../graphql/generated';

/** Who is signed in: the shell's name, role-aware navigation and the staff form's default team. */
export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      kind
      role
      name
      teamId
    }
  }
`);
