import { graphql } from '../../../graphql/generated';

/** A headline figure against the comparison period. */
export const KpiFields = graphql(`
  fragment KpiFields on Kpi {
    key
    label
    value
    format
    change {
      ...ChangeFields
    }
    higherIsBetter
    drilldown {
      ...DrilldownFields
    }
    drilldownLabel
    drilldownCount
    verdict
  }
`);

export const WarningSignFields = graphql(`
  fragment WarningSignFields on WarningSign {
    sign
    label
    value
    format
    state
    watchAt
    alertAt
    previous
    explanation
    judgedAgainst
    window {
      ...PeriodFields
    }
    verdict
    recordCount
    drilldown {
      ...DrilldownFields
    }
    staffingEvents {
      id
      type
      on
      team {
        id
        name
      }
      sickDays
    }
    evidence {
      ...QuoteFields
    }
  }
`);

/** A rising theme or policy as the review lists it. */
export const RisingSignalFields = graphql(`
  fragment RisingSignalFields on RisingSignal {
    dimension
    subject {
      id
      name
    }
    tested
    severity
    direction
    observed
    observedPerWeek
    expectedPerWeek
    rateRatio
    explanation
    judgedAgainst
    verdict
    weekly {
      weekStart
      count
      tested
    }
    drilldown {
      ...DrilldownFields
    }
  }
`);

export const FunnelFields = graphql(`
  fragment FunnelFields on ComplaintFunnel {
    complaints
    previousComplaints
    drilldown {
      ...DrilldownFields
    }
    stages {
      step
      label
      reached
      done
      conversion {
        ...ShareFields
      }
      shareOfAll
      previousShareOfAll
      verdict
      stoppedHere
      drilldown {
        ...DrilldownFields
      }
      stoppedDrilldown {
        ...DrilldownFields
      }
    }
  }
`);

/**
 * The monthly service review in one request: the server computes the sections side by side and
 * shares their work, so the page waits for one answer, not eleven.
 */
export const ReviewPackDocument = graphql(`
  query ReviewPack($input: ReviewPackInput!) {
    reviewPack(input: $input) {
      period {
        ...PeriodFields
      }
      comparisonPeriod {
        ...PeriodFields
      }
      generatedAt
      kpis {
        ...KpiFields
      }
      reconciliations {
        measure
        text
      }
      trends {
        interval
        complaints {
          ...TrendSeriesFields
        }
        negativeShare {
          ...TrendSeriesFields
        }
        satisfaction {
          ...TrendSeriesFields
        }
        markers {
          ...ChangeMarkerFields
        }
      }
      warningSigns {
        alerts
        watches
        signs {
          ...WarningSignFields
        }
      }
      risingSignals {
        testedWeeks {
          ...PeriodFields
        }
        alerts
        watches
        themes {
          ...RisingSignalFields
        }
        policies {
          ...RisingSignalFields
        }
      }
      bottlenecks {
        flowEfficiency
        backlog {
          count
          ageP50Hours
          ageP90Hours
          change {
            ...ChangeFields
          }
          drilldown {
            ...DrilldownFields
          }
        }
        serviceLevels {
          firstResponse {
            ...SlaAttainmentFields
          }
          resolution {
            ...SlaAttainmentFields
          }
        }
        waits {
          ...WaitSpotFields
        }
      }
      policyHotspots {
        policies {
          ...HotspotSummaryFields
        }
      }
      staffLoad {
        teams {
          ...TeamLoadFields
        }
        anonymityNotes
      }
      complaintFunnel {
        ...FunnelFields
      }
      impacts {
        ...ImpactFields
      }
      actions {
        id
        title
        owner
        status
        startedOn
        doneOn
        policy {
          id
          name
        }
        theme {
          id
          name
        }
        team {
          id
          name
        }
      }
    }
  }
`);

/** The review pack as a file (Markdown or CSV), for the export buttons. */
export const ReviewPackExportDocument = graphql(`
  query ReviewPackExport($input: ReviewPackExportInput!) {
    reviewPackExport(input: $input) {
      filename
      contentType
      content
      rows
      truncated
    }
  }
`);
