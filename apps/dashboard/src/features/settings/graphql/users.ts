import { graphql } from '../../../graphql/generated';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    displayName
    email
    role
    teamId
    active
  }
`);

export const SettingsUsersDocument = graphql(`
  query SettingsUsers {
    users {
      ...UserFields
    }
    teams {
      id
      name
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);
