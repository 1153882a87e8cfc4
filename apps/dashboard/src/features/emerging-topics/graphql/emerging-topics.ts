import { graphql } from '../../../graphql/generated';

/** Candidate themes: phrases common among the period's untagged items and rare before. */
export const EmergingTopicsDocument = graphql(`
  query EmergingTopics($input: EmergingTopicsInput!) {
    emergingTopics(input: $input) {
      phrase
      score
      items
      baselineItems
      drilldownCount
      drilldown {
        ...DrilldownFields
      }
      examples {
        id
        receivedAt
        displayText
      }
    }
  }
`);

/** Makes a topic a theme: its phrase the keyword, the chosen items its labelled examples. */
export const PromoteEmergingTopicDocument = graphql(`
  mutation PromoteEmergingTopic($input: PromoteEmergingTopicInput!) {
    promoteEmergingTopic(input: $input) {
      id
      name
      keywords
    }
  }
`);
