import { graphql } from '../../../graphql/generated';

// Counts spell out their fields rather than spread a fragment of their own: fragment spreads add
// to the depth that the API limits to 10.

/** Open items that need attention now, who owns them, and the escalation pathway. */
export const AttentionDocument = graphql(`
  query Attention($input: AttentionInput!) {
    attention(input: $input) {
      asOf
      staleDays
      period {
        ...PeriodFields
      }
      open {
        count
        drilldown {
          ...DrilldownFields
        }
      }
      needsAttention {
        count
        drilldown {
          ...DrilldownFields
        }
      }
      firstResponseOverdue {
        count
        drilldown {
          ...DrilldownFields
        }
      }
      resolutionOverdue {
        count
        drilldown {
          ...DrilldownFields
        }
      }
      noUpdate {
        count
        drilldown {
          ...DrilldownFields
        }
      }
      sinceLastUpdate {
        items
        p50Days
        p90Days
        drilldown {
          ...DrilldownFields
        }
      }
      items {
        id
        kind
        priority
        status
        team {
          id
          name
        }
        receivedAt
        lastUpdateAt
        daysSinceUpdate
        reasons
        hoursOverdue
        escalations
        owner {
          userId
          name
          source
        }
      }
      byTeam {
        team {
          id
          name
        }
        open {
          count
          drilldown {
            ...DrilldownFields
          }
        }
        needsAttention {
          count
          drilldown {
            ...DrilldownFields
          }
        }
        firstResponseOverdue {
          count
          drilldown {
            ...DrilldownFields
          }
        }
        resolutionOverdue {
          count
          drilldown {
            ...DrilldownFields
          }
        }
        noUpdate {
          count
          drilldown {
            ...DrilldownFields
          }
        }
      }
      escalations {
        escalations
        resolved
        returned
        open
        resolvedShare {
          successes
          trials
          share
        }
        medianDaysToOutcome
        items {
          count
          drilldown {
            ...DrilldownFields
          }
        }
        byTeam {
          ...EscalationGroupFields
        }
        byDestination {
          ...EscalationGroupFields
        }
        recent {
          eventId
          itemId
          escalatedAt
          by
          to
          reason
          team {
            id
            name
          }
          state
          recordedOutcome
          outcomeAt
        }
      }
      assignable {
        id
        name
      }
    }
  }
`);

export const EscalationGroupFields = graphql(`
  fragment EscalationGroupFields on EscalationGroup {
    label
    teamId
    escalations
    items {
      count
      drilldown {
        ...DrilldownFields
      }
    }
    escalatedShare {
      successes
      trials
      share
    }
    resolved
    returned
    open
    resolvedShare {
      successes
      trials
      share
    }
    medianDaysToOutcome
  }
`);

export const AssignItemOwnerDocument = graphql(`
  mutation AssignItemOwner($input: AssignItemOwnerInput!) {
    assignItemOwner(input: $input) {
      itemId
      ownerId
      ownerName
    }
  }
`);

export const RecordEscalationOutcomeDocument = graphql(`
  mutation RecordEscalationOutcome($input: RecordEscalationOutcomeInput!) {
    recordEscalationOutcome(input: $input) {
      eventId
      outcome
      decidedAt
    }
  }
`);
