import { graphql } from '../../../graphql/generated';

export const PolicyFields = graphql(`
  fragment PolicyFields on Policy {
    id
    name
    description
    owner
    aliases
  }
`);

export const SettingsPoliciesDocument = graphql(`
  query SettingsPolicies {
    policies {
      ...PolicyFields
    }
  }
`);

export const CreatePolicyDocument = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      ...PolicyFields
    }
  }
`);

export const UpdatePolicyDocument = graphql(`
  mutation UpdatePolicy($input: UpdatePolicyInput!) {
    updatePolicy(input: $input) {
      ...PolicyFields
    }
  }
`);
