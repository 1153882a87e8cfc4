import { graphql } from '../../../graphql/generated';

export const SettingsServiceLevelsDocument = graphql(`
  query SettingsServiceLevels {
    serviceLevels {
      id
      kind
      priority
      firstResponseMinutes
      resolutionMinutes
    }
  }
`);

export const SetServiceLevelDocument = graphql(`
  mutation SetServiceLevel($input: SetServiceLevelInput!) {
    setServiceLevel(input: $input) {
      id
      kind
      priority
      firstResponseMinutes
      resolutionMinutes
    }
  }
`);
