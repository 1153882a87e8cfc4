import { graphql } from '../../../graphql/generated';

export const TeamFields = graphql(`
  fragment TeamFields on Team {
    id
    name
    description
    staffCount
  }
`);

export const SettingsTeamsDocument = graphql(`
  query SettingsTeams {
    teams {
      ...TeamFields
    }
  }
`);

export const CreateTeamDocument = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      ...TeamFields
    }
  }
`);

export const UpdateTeamDocument = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      ...TeamFields
    }
  }
`);
