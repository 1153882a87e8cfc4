import { graphql } from '../../../graphql/generated';

/** An action's measured effect: before/after against a control, with intervals and verdicts. */
export const ImpactFields = graphql(`
  fragment ImpactFields on ImprovementImpact {
    action {
      id
      title
      status
      startedOn
      doneOn
    }
    measurable
    summary
    treated
    control
    before {
      ...PeriodFields
    }
    after {
      ...PeriodFields
    }
    measures {
      metric
      label
      estimable
      ratio
      interval {
        lower
        upper
        level
      }
      relativeChange
      significant
      treatedBefore
      treatedAfter
      controlBefore
      controlAfter
      expectedAfter
      treatedCount
      verdict
    }
    treatedBeforeDrilldown {
      ...DrilldownFields
    }
    treatedAfterDrilldown {
      ...DrilldownFields
    }
  }
`);

export const ImprovementImpactDocument = graphql(`
  query ImprovementImpact($input: ImprovementImpactInput!) {
    improvementImpact(input: $input) {
      ...ImpactFields
    }
  }
`);
