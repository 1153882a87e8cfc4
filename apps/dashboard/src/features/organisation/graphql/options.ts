import { graphql } from '../../../graphql/generated';

/** Teams to choose from (any signed-in person may read them). */
export const TeamOptionsDocument = graphql(`
  query TeamOptions {
    teams {
      id
      name
    }
  }
`);

/** Teams and policies for logging a contact. */
export const ContactFormOptionsDocument = graphql(`
  query ContactFormOptions {
    teams {
      id
      name
    }
    policies {
      id
      name
    }
  }
`);

/** Names for the insight pages' filters and for drill-down summaries. */
export const FilterOptionsDocument = graphql(`
  query FilterOptions {
    teams {
      id
      name
    }
    policies {
      id
      name
    }
    themes {
      id
      name
    }
  }
`);
