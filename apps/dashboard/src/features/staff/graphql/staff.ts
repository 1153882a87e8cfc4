import { graphql } from '../../../graphql/generated';

/** One team's load against its capacity, and its pulse (named entries and whole published months). */
export const TeamLoadFields = graphql(`
  fragment TeamLoadFields on TeamLoad {
    team {
      id
      name
    }
    state
    reasons
    staff
    availableStaff
    vacancies
    sickDays
    departures
    arrivals
    completions
    openItems
    openPerStaff
    arrivalsPerStaffPerWeek
    utilisation
    backlogGrowthPerWeek
    pulse {
      responses
      shown
      meanWorkload
      overwhelmedShare
      note
    }
    overloadMentions
    firstResponseHours
    previousFirstResponseHours
    drilldown {
      ...DrilldownFields
    }
  }
`);

/** Staff load for a period, with the weekly history and the anonymous pulse groups. */
export const StaffLoadDocument = graphql(`
  query StaffLoad($input: StaffLoadInput!) {
    staffLoad(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      teams {
        ...TeamLoadFields
      }
      weekly {
        weekStart
        team {
          id
          name
        }
        arrivals
        completions
        complaints
        firstResponseHours
        pulseWorkload
        pulseResponses
        sickDays
        departures
        hires
      }
      relations {
        team {
          id
          name
        }
        driver
        outcome
        lagWeeks
        correlation
        pValue
        significant
        explanation
      }
      pulseMonths
      anonymousPulse {
        month
        label
        teams {
          id
          name
        }
        responses
        meanWorkload
        overwhelmedShare
      }
      anonymityNotes
    }
  }
`);
