import { graphql } from '../../../graphql/generated';

// Pieces every insight answer shares. The same selection everywhere, so the cache never loses
// fields and a figure's drill-down always round-trips whole.

/** The items behind a figure: pass it back to drilldownItems or itemExport. */
export const DrilldownFields = graphql(`
  fragment DrilldownFields on Drilldown {
    receivedFrom
    receivedTo
    resolvedFrom
    resolvedTo
    openAt
    teamIds
    themeIds
    linkedPolicyIds
    channels
    kinds
    statuses
    sentiments
    viabilities
    flags
    eventTypes
    slaBreached
    waitedIn
    reopened
    rated
    answered
    linkedToPolicy
    protocolStepsDone
    protocolStepMissing
    itemIds
    overdue
    noUpdateForDays
    needsAttentionDays
    firstContact
    escalatedTo
  }
`);

/** A figure now and in the comparison period. */
export const ChangeFields = graphql(`
  fragment ChangeFields on Change {
    current
    previous
    relative
    direction
    label
  }
`);

export const PeriodFields = graphql(`
  fragment PeriodFields on PeriodRange {
    from
    to
    label
  }
`);

/** A share with its 95% interval. */
export const ShareFields = graphql(`
  fragment ShareFields on Share {
    successes
    trials
    share
    lower
    upper
  }
`);

/** A redacted quote: evidence for a hotspot or a warning sign. */
export const QuoteFields = graphql(`
  fragment QuoteFields on Quote {
    itemId
    text
    receivedAt
  }
`);

/** One series of a trend chart, its points and its whole-period change. */
export const TrendSeriesFields = graphql(`
  fragment TrendSeriesFields on TrendSeries {
    metric
    kind
    label
    format
    total {
      ...ChangeFields
    }
    drilldown {
      ...DrilldownFields
    }
    points {
      periodStart
      label
      value
      basis
      days
      bucketDays
      partial
      comparisonStart
      comparisonValue
      drilldown {
        ...DrilldownFields
      }
    }
  }
`);

/** Improvement actions to mark on a trend chart. */
export const ChangeMarkerFields = graphql(`
  fragment ChangeMarkerFields on ChangeMarker {
    periodStart
    actions {
      actionId
      title
      milestone
      on
    }
  }
`);
