import { graphql } from '../../../graphql/generated';

/**
 * Metrics over time for a period, filter and comparison, with improvement actions marked. The
 * flags ask only for the metric shown, so a split into many teams stays cheap.
 */
export const TrendsDocument = graphql(`
  query Trends(
    $input: TrendsInput!
    $volume: Boolean!
    $complaints: Boolean!
    $negativeShare: Boolean!
    $sentiment: Boolean!
    $satisfaction: Boolean!
  ) {
    trends(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      interval
      volumeByKind @include(if: $volume) {
        ...TrendSeriesFields
      }
      complaints @include(if: $complaints) {
        ...TrendSeriesFields
      }
      negativeShare @include(if: $negativeShare) {
        ...TrendSeriesFields
      }
      sentiment @include(if: $sentiment) {
        ...TrendSeriesFields
      }
      satisfaction @include(if: $satisfaction) {
        ...TrendSeriesFields
      }
      markers {
        ...ChangeMarkerFields
      }
    }
  }
`);

/**
 * One metric split by team, theme, policy, channel or kind: one request, the API reads every
 * line in one grouped query and returns at most `limit` lines with how many there were.
 */
export const SplitTrendsDocument = graphql(`
  query SplitTrends($input: SplitTrendsInput!) {
    splitTrends(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      interval
      total
      lines {
        subject {
          id
          name
        }
        channel
        kind
        series {
          ...TrendSeriesFields
        }
      }
      markers {
        ...ChangeMarkerFields
      }
    }
  }
`);
