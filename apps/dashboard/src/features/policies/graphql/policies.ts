import { graphql } from '../../../graphql/generated';

/** A hotspot as a list shows it: its score, the parts of the score and what happened. */
export const HotspotSummaryFields = graphql(`
  fragment HotspotSummaryFields on PolicyHotspot {
    rank
    policy {
      id
      name
    }
    score
    previousScore
    rising
    trendRatio
    explanation
    parts {
      name
      label
      raw
      adjusted
      value
      weight
      contribution
    }
    activity {
      linkedItems
      explicitLinks
      mentions
      complaints
      requests
      negativeItems
      exceptionsGranted
      exceptionsRefused
      softNoes
      hardNoes
      escalations
      addedWaitHours
    }
    drilldown {
      ...DrilldownFields
    }
  }
`);

/**
 * Policy friction for a period: ranked hotspots with their evidence, the policy × team matrix,
 * wasteful candidates, and each policy's weekly complaints (the rising test) for its trend.
 */
export const PolicyFrictionDocument = graphql(`
  query PolicyFriction($input: PolicyHotspotsInput!, $rising: RisingSignalsInput!) {
    policyHotspots(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      policies {
        ...HotspotSummaryFields
        trendExplanation
        quotes {
          ...QuoteFields
        }
      }
      teams {
        id
        name
      }
      matrix {
        policy {
          id
          name
        }
        team {
          id
          name
        }
        score
        linkedItems
        complaints
        exceptions
        drilldown {
          ...DrilldownFields
        }
      }
      wastefulCandidates {
        policy {
          id
          name
        }
        waiverRate {
          ...ShareFields
        }
        complaints
        reasons
        quotes {
          ...QuoteFields
        }
        drilldown {
          ...DrilldownFields
        }
      }
    }
    risingSignals(input: $rising) {
      testedWeeks {
        ...PeriodFields
      }
      policies {
        subject {
          id
          name
        }
        tested
        severity
        direction
        explanation
        weekly {
          weekStart
          count
          tested
        }
        drilldown {
          ...DrilldownFields
        }
      }
    }
  }
`);
