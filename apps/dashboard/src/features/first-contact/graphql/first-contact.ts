import { graphql } from '../../../graphql/generated';

export const FirstContactFiguresFields = graphql(`
  fragment FirstContactFiguresFields on FirstContactFigures {
    decided
    items {
      ...ItemCountFields
    }
    firstContact {
      ...ItemCountFields
    }
    later {
      ...ItemCountFields
    }
    escalated {
      ...ItemCountFields
    }
    referred {
      ...ItemCountFields
    }
    undecided {
      ...ItemCountFields
    }
    exceptionsAtFirstContact {
      ...ItemCountFields
    }
    firstContactShare {
      successes
      trials
      share
      lower
      upper
    }
    escalatedShare {
      successes
      trials
      share
    }
  }
`);

/** Where decisions were given: at the first contact, later, escalated or referred. */
export const FirstContactDocument = graphql(`
  query FirstContact($input: FirstContactInput!) {
    firstContact(input: $input) {
      period {
        ...PeriodFields
      }
      definition
      grain
      overall {
        ...FirstContactFiguresFields
      }
      byTeam {
        id
        name
        figures {
          ...FirstContactFiguresFields
        }
      }
      byPolicy {
        id
        name
        figures {
          ...FirstContactFiguresFields
        }
      }
      trend {
        from
        to
        label
        figures {
          ...FirstContactFiguresFields
        }
      }
    }
  }
`);
