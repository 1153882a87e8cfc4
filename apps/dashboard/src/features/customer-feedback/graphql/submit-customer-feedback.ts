import { graphql } from '../../../graphql/generated';

export const SubmitCustomerFeedbackDocument = graphql(`
  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {
    submitCustomerFeedback(input: $input) {
      reference
      receivedAt
    }
  }
`);
