import { graphql } from '../../../graphql/generated';

export const SubmitStaffPulseDocument = graphql(`
  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {
    submitStaffPulse(input: $input) {
      submittedOn
      anonymous
      itemsCreated
    }
  }
`);
