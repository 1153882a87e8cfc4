import { graphql } from '../../../graphql/generated';

/** Met and missed targets, and the breaches behind them. */
export const SlaAttainmentFields = graphql(`
  fragment SlaAttainmentFields on SlaAttainment {
    met
    breached
    pending
    noTarget
    attainment {
      ...ShareFields
    }
    breachesDrilldown {
      ...DrilldownFields
    }
  }
`);

/** A place where requests wait, ranked. */
export const WaitSpotFields = graphql(`
  fragment WaitSpotFields on WaitSpot {
    rank
    team {
      id
      name
    }
    policy {
      id
      name
    }
    status
    items
    totalHours
    meanHours
    waitingNow
    shareOfWaiting
    explanation
    drilldown {
      ...DrilldownFields
    }
  }
`);

export const DurationFigureFields = graphql(`
  fragment DurationFigureFields on DurationFigure {
    dimension
    subject {
      id
      name
    }
    kind
    items
    finished
    p50Hours
    p90Hours
    p50IncludingOpenHours
    previousP50Hours
    change {
      ...ChangeFields
    }
    drilldown {
      ...DrilldownFields
    }
  }
`);

/** Flow for a period: where requests wait and whether service levels hold. */
export const BottlenecksDocument = graphql(`
  query Bottlenecks($input: BottlenecksInput!) {
    bottlenecks(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      weekly {
        weekStart
        arrivals
        completions
        net
        backlogAtEnd
        arrivalsDrilldown {
          ...DrilldownFields
        }
        completionsDrilldown {
          ...DrilldownFields
        }
      }
      backlog {
        at
        count
        change {
          ...ChangeFields
        }
        ageP50Hours
        ageP90Hours
        bands {
          label
          minDays
          maxDays
          count
        }
        oldest {
          itemId
          ageHours
          status
        }
        drilldown {
          ...DrilldownFields
        }
      }
      leadTimes {
        ...DurationFigureFields
      }
      firstResponses {
        ...DurationFigureFields
      }
      timeInStatus {
        status
        waiting
        totalHours
        items
        meanHours
        shareOfLead
        drilldown {
          ...DrilldownFields
        }
      }
      flowEfficiency
      reopenRate {
        ...ShareFields
      }
      serviceLevels {
        firstResponse {
          ...SlaAttainmentFields
        }
        resolution {
          ...SlaAttainmentFields
        }
        previousFirstResponseAttainment
        previousResolutionAttainment
        groups {
          dimension
          team {
            id
            name
          }
          kind
          firstResponse {
            ...SlaAttainmentFields
          }
          resolution {
            ...SlaAttainmentFields
          }
        }
        worstBreaches {
          itemId
          clock
          overdueHours
          open
        }
      }
      waits {
        ...WaitSpotFields
      }
    }
  }
`);
