import { graphql } from '../../../graphql/generated';

/** Every team's coming weeks against its capacity, with the history weeks and their items. */
export const ArrivalsForecastDocument = graphql(`
  query ArrivalsForecast($input: ArrivalsForecastInput!) {
    arrivalsForecast(input: $input) {
      firstWeek
      horizonWeeks
      notes
      teams {
        team {
          id
          name
        }
        risk
        summary
        capacityPerWeek
        capacityBasis
        model {
          method
          label
          seasonWeeks
          backtestMae
          naiveMae
          backtestOrigins
        }
        history {
          weekStart
          arrivals
          drilldown {
            ...DrilldownFields
          }
        }
        weeks {
          weekStart
          expected
          lower80
          upper80
          lower95
          upper95
          excess
          upperExcess
        }
      }
    }
  }
`);
