import { graphql } from '../../../graphql/generated';

export const FirstContactFiguresFields = graphql(`
  fragment FirstContactFiguresFields on FirstContactFigures {
    decided
    items {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    firstContact {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    later {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    escalated {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    referred {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    undecided {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    exceptionsAtFirstContact {
      count
      drilldown {
        ...DrilldownFields
      }
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
