import { graphql } from '../../../graphql/generated';

export const ImprovementActionFields = graphql(`
  fragment ImprovementActionFields on ImprovementAction {
    id
    title
    description
    owner
    status
    startedOn
    doneOn
    policyId
    themeId
    teamId
  }
`);

export const ImprovementActionsDocument = graphql(`
  query ImprovementActions {
    improvementActions {
      ...ImprovementActionFields
    }
  }
`);

/** Names for the links an action can have. */
export const ActionOptionsDocument = graphql(`
  query ActionOptions {
    teams {
      id
      name
    }
    policies {
      id
      name
    }
    themes {
      id
      name
    }
  }
`);

export const CreateImprovementActionDocument = graphql(`
  mutation CreateImprovementAction($input: CreateActionInput!) {
    createImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

export const UpdateImprovementActionDocument = graphql(`
  mutation UpdateImprovementAction($input: UpdateActionInput!) {
    updateImprovementAction(input: $input) {
      ...ImprovementActionFields
    }
  }
`);

/** Planned and under-way actions on a policy: a new one may repeat them. */
export const OpenImprovementActionsDocument = graphql(`
  query OpenImprovementActions($input: OpenActionsInput!) {
    openImprovementActions(input: $input) {
      id
      title
      status
      owner
    }
  }
`);
