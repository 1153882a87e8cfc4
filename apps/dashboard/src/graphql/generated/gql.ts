/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    title\n    description\n    owner\n    status\n    startedOn\n    doneOn\n    policyId\n    themeId\n    teamId\n  }\n": typeof types.ImprovementActionFieldsFragmentDoc,
    "\n  query ImprovementActions {\n    improvementActions {\n      ...ImprovementActionFields\n    }\n  }\n": typeof types.ImprovementActionsDocument,
    "\n  query ActionOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.ActionOptionsDocument,
    "\n  mutation CreateImprovementAction($input: CreateActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": typeof types.CreateImprovementActionDocument,
    "\n  mutation UpdateImprovementAction($input: UpdateActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": typeof types.UpdateImprovementActionDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": typeof types.SubmitCustomerFeedbackDocument,
    "\n  fragment ItemThemeTagFields on ItemThemeTag {\n    themeId\n    name\n    score\n    origin\n  }\n": typeof types.ItemThemeTagFieldsFragmentDoc,
    "\n  fragment ExplorerRowFields on Item {\n    id\n    kind\n    source\n    channel\n    status\n    receivedAt\n    displayText\n    sentiment\n    flags\n    team {\n      id\n      name\n    }\n    themes {\n      ...ItemThemeTagFields\n    }\n  }\n": typeof types.ExplorerRowFieldsFragmentDoc,
    "\n  query ExplorerItems($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        ...ExplorerRowFields\n      }\n    }\n  }\n": typeof types.ExplorerItemsDocument,
    "\n  query ExplorerOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n      description\n    }\n  }\n": typeof types.ExplorerOptionsDocument,
    "\n  fragment ItemDetailFields on Item {\n    ...ExplorerRowFields\n    priority\n    satisfaction\n    viability\n    customerRef\n    externalSource\n    externalId\n    createdAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    policy {\n      id\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      status\n      text\n      escalatedTo\n      satisfaction\n      policyId\n    }\n    analysis {\n      status\n      error\n      modelVersion\n      analysedAt\n      sentiment {\n        label\n        score\n        method\n        confidence\n        evidence {\n          start\n          end\n          text\n          weight\n        }\n      }\n      themes {\n        ...ItemThemeTagFields\n        evidence {\n          start\n          end\n          text\n        }\n      }\n      flags {\n        type\n        eventId\n        confidence\n        evidence\n        spans {\n          start\n          end\n          text\n        }\n      }\n      policyMentions {\n        policyId\n        policyName\n        matched\n        confidence\n        evidence {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": typeof types.ItemDetailFieldsFragmentDoc,
    "\n  query ItemDetail($id: ID!) {\n    item(id: $id) {\n      ...ItemDetailFields\n    }\n  }\n": typeof types.ItemDetailDocument,
    "\n  mutation CorrectItemThemes($input: CorrectItemThemesInput!) {\n    correctItemThemes(input: $input) {\n      ...ItemDetailFields\n    }\n  }\n": typeof types.CorrectItemThemesDocument,
    "\n  query ExplorerExport($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        receivedAt\n        kind\n        source\n        channel\n        status\n        priority\n        displayText\n        sentiment\n        satisfaction\n        customerRef\n        flags\n        firstResponseAt\n        resolvedAt\n        closedAt\n        team {\n          id\n          name\n        }\n        policy {\n          id\n          name\n        }\n        themes {\n          ...ItemThemeTagFields\n        }\n      }\n    }\n  }\n": typeof types.ExplorerExportDocument,
    "\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LogContactDocument,
    "\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n": typeof types.ContactFormOptionsDocument,
    "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    processed\n    total\n    reason\n    createdAt\n    startedAt\n    finishedAt\n    error\n  }\n": typeof types.AnalysisJobFieldsFragmentDoc,
    "\n  fragment AnalysisModelFields on AnalysisModel {\n    id\n    kind\n    version\n    active\n    exampleCount\n    trainedAt\n    quality {\n      heldOut\n      accuracy\n      macroF1\n    }\n  }\n": typeof types.AnalysisModelFieldsFragmentDoc,
    "\n  query AnalysisJobs {\n    analysisJobs {\n      ...AnalysisJobFields\n    }\n  }\n": typeof types.AnalysisJobsDocument,
    "\n  query AnalysisModels {\n    analysisModels {\n      ...AnalysisModelFields\n    }\n  }\n": typeof types.AnalysisModelsDocument,
    "\n  mutation StartReanalysis($input: StartReanalysisInput!) {\n    startReanalysis(input: $input) {\n      ...AnalysisJobFields\n    }\n  }\n": typeof types.StartReanalysisDocument,
    "\n  mutation TrainThemeModel($input: TrainThemeModelInput!) {\n    trainThemeModel(input: $input) {\n      ...AnalysisModelFields\n    }\n  }\n": typeof types.TrainThemeModelDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query SettingsApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.SettingsApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    name\n    description\n    owner\n    aliases\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  query SettingsPolicies {\n    policies {\n      ...PolicyFields\n    }\n  }\n": typeof types.SettingsPoliciesDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  query SettingsServiceLevels {\n    serviceLevels {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": typeof types.SettingsServiceLevelsDocument,
    "\n  mutation SetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": typeof types.SetServiceLevelDocument,
    "\n  fragment TeamFields on Team {\n    id\n    name\n    description\n    staffCount\n  }\n": typeof types.TeamFieldsFragmentDoc,
    "\n  query SettingsTeams {\n    teams {\n      ...TeamFields\n    }\n  }\n": typeof types.SettingsTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    name\n    description\n    keywords\n    examples {\n      id\n      text\n    }\n  }\n": typeof types.ThemeFieldsFragmentDoc,
    "\n  query SettingsThemes {\n    themes {\n      ...ThemeFields\n    }\n  }\n": typeof types.SettingsThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    teamId\n    active\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query SettingsUsers {\n    users {\n      ...UserFields\n    }\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.SettingsUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n": typeof types.SubmitStaffPulseDocument,
    "\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n": typeof types.ItemVolumeDocument,
};
const documents: Documents = {
    "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    title\n    description\n    owner\n    status\n    startedOn\n    doneOn\n    policyId\n    themeId\n    teamId\n  }\n": types.ImprovementActionFieldsFragmentDoc,
    "\n  query ImprovementActions {\n    improvementActions {\n      ...ImprovementActionFields\n    }\n  }\n": types.ImprovementActionsDocument,
    "\n  query ActionOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n": types.ActionOptionsDocument,
    "\n  mutation CreateImprovementAction($input: CreateActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": types.CreateImprovementActionDocument,
    "\n  mutation UpdateImprovementAction($input: UpdateActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n": types.UpdateImprovementActionDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": types.SubmitCustomerFeedbackDocument,
    "\n  fragment ItemThemeTagFields on ItemThemeTag {\n    themeId\n    name\n    score\n    origin\n  }\n": types.ItemThemeTagFieldsFragmentDoc,
    "\n  fragment ExplorerRowFields on Item {\n    id\n    kind\n    source\n    channel\n    status\n    receivedAt\n    displayText\n    sentiment\n    flags\n    team {\n      id\n      name\n    }\n    themes {\n      ...ItemThemeTagFields\n    }\n  }\n": types.ExplorerRowFieldsFragmentDoc,
    "\n  query ExplorerItems($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        ...ExplorerRowFields\n      }\n    }\n  }\n": types.ExplorerItemsDocument,
    "\n  query ExplorerOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n      description\n    }\n  }\n": types.ExplorerOptionsDocument,
    "\n  fragment ItemDetailFields on Item {\n    ...ExplorerRowFields\n    priority\n    satisfaction\n    viability\n    customerRef\n    externalSource\n    externalId\n    createdAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    policy {\n      id\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      status\n      text\n      escalatedTo\n      satisfaction\n      policyId\n    }\n    analysis {\n      status\n      error\n      modelVersion\n      analysedAt\n      sentiment {\n        label\n        score\n        method\n        confidence\n        evidence {\n          start\n          end\n          text\n          weight\n        }\n      }\n      themes {\n        ...ItemThemeTagFields\n        evidence {\n          start\n          end\n          text\n        }\n      }\n      flags {\n        type\n        eventId\n        confidence\n        evidence\n        spans {\n          start\n          end\n          text\n        }\n      }\n      policyMentions {\n        policyId\n        policyName\n        matched\n        confidence\n        evidence {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n": types.ItemDetailFieldsFragmentDoc,
    "\n  query ItemDetail($id: ID!) {\n    item(id: $id) {\n      ...ItemDetailFields\n    }\n  }\n": types.ItemDetailDocument,
    "\n  mutation CorrectItemThemes($input: CorrectItemThemesInput!) {\n    correctItemThemes(input: $input) {\n      ...ItemDetailFields\n    }\n  }\n": types.CorrectItemThemesDocument,
    "\n  query ExplorerExport($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        receivedAt\n        kind\n        source\n        channel\n        status\n        priority\n        displayText\n        sentiment\n        satisfaction\n        customerRef\n        flags\n        firstResponseAt\n        resolvedAt\n        closedAt\n        team {\n          id\n          name\n        }\n        policy {\n          id\n          name\n        }\n        themes {\n          ...ItemThemeTagFields\n        }\n      }\n    }\n  }\n": types.ExplorerExportDocument,
    "\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LogContactDocument,
    "\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n": types.ContactFormOptionsDocument,
    "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    processed\n    total\n    reason\n    createdAt\n    startedAt\n    finishedAt\n    error\n  }\n": types.AnalysisJobFieldsFragmentDoc,
    "\n  fragment AnalysisModelFields on AnalysisModel {\n    id\n    kind\n    version\n    active\n    exampleCount\n    trainedAt\n    quality {\n      heldOut\n      accuracy\n      macroF1\n    }\n  }\n": types.AnalysisModelFieldsFragmentDoc,
    "\n  query AnalysisJobs {\n    analysisJobs {\n      ...AnalysisJobFields\n    }\n  }\n": types.AnalysisJobsDocument,
    "\n  query AnalysisModels {\n    analysisModels {\n      ...AnalysisModelFields\n    }\n  }\n": types.AnalysisModelsDocument,
    "\n  mutation StartReanalysis($input: StartReanalysisInput!) {\n    startReanalysis(input: $input) {\n      ...AnalysisJobFields\n    }\n  }\n": types.StartReanalysisDocument,
    "\n  mutation TrainThemeModel($input: TrainThemeModelInput!) {\n    trainThemeModel(input: $input) {\n      ...AnalysisModelFields\n    }\n  }\n": types.TrainThemeModelDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query SettingsApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.SettingsApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    name\n    description\n    owner\n    aliases\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  query SettingsPolicies {\n    policies {\n      ...PolicyFields\n    }\n  }\n": types.SettingsPoliciesDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  query SettingsServiceLevels {\n    serviceLevels {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": types.SettingsServiceLevelsDocument,
    "\n  mutation SetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n": types.SetServiceLevelDocument,
    "\n  fragment TeamFields on Team {\n    id\n    name\n    description\n    staffCount\n  }\n": types.TeamFieldsFragmentDoc,
    "\n  query SettingsTeams {\n    teams {\n      ...TeamFields\n    }\n  }\n": types.SettingsTeamsDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  fragment ThemeFields on Theme {\n    id\n    name\n    description\n    keywords\n    examples {\n      id\n      text\n    }\n  }\n": types.ThemeFieldsFragmentDoc,
    "\n  query SettingsThemes {\n    themes {\n      ...ThemeFields\n    }\n  }\n": types.SettingsThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    teamId\n    active\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query SettingsUsers {\n    users {\n      ...UserFields\n    }\n    teams {\n      id\n      name\n    }\n  }\n": types.SettingsUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n": types.SubmitStaffPulseDocument,
    "\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n": types.ItemVolumeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    title\n    description\n    owner\n    status\n    startedOn\n    doneOn\n    policyId\n    themeId\n    teamId\n  }\n"): (typeof documents)["\n  fragment ImprovementActionFields on ImprovementAction {\n    id\n    title\n    description\n    owner\n    status\n    startedOn\n    doneOn\n    policyId\n    themeId\n    teamId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImprovementActions {\n    improvementActions {\n      ...ImprovementActionFields\n    }\n  }\n"): (typeof documents)["\n  query ImprovementActions {\n    improvementActions {\n      ...ImprovementActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActionOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateImprovementAction($input: CreateActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateImprovementAction($input: CreateActionInput!) {\n    createImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateImprovementAction($input: UpdateActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateImprovementAction($input: UpdateActionInput!) {\n    updateImprovementAction(input: $input) {\n      ...ImprovementActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemThemeTagFields on ItemThemeTag {\n    themeId\n    name\n    score\n    origin\n  }\n"): (typeof documents)["\n  fragment ItemThemeTagFields on ItemThemeTag {\n    themeId\n    name\n    score\n    origin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerRowFields on Item {\n    id\n    kind\n    source\n    channel\n    status\n    receivedAt\n    displayText\n    sentiment\n    flags\n    team {\n      id\n      name\n    }\n    themes {\n      ...ItemThemeTagFields\n    }\n  }\n"): (typeof documents)["\n  fragment ExplorerRowFields on Item {\n    id\n    kind\n    source\n    channel\n    status\n    receivedAt\n    displayText\n    sentiment\n    flags\n    team {\n      id\n      name\n    }\n    themes {\n      ...ItemThemeTagFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerItems($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        ...ExplorerRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerItems($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        ...ExplorerRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query ExplorerOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n    themes {\n      id\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ItemDetailFields on Item {\n    ...ExplorerRowFields\n    priority\n    satisfaction\n    viability\n    customerRef\n    externalSource\n    externalId\n    createdAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    policy {\n      id\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      status\n      text\n      escalatedTo\n      satisfaction\n      policyId\n    }\n    analysis {\n      status\n      error\n      modelVersion\n      analysedAt\n      sentiment {\n        label\n        score\n        method\n        confidence\n        evidence {\n          start\n          end\n          text\n          weight\n        }\n      }\n      themes {\n        ...ItemThemeTagFields\n        evidence {\n          start\n          end\n          text\n        }\n      }\n      flags {\n        type\n        eventId\n        confidence\n        evidence\n        spans {\n          start\n          end\n          text\n        }\n      }\n      policyMentions {\n        policyId\n        policyName\n        matched\n        confidence\n        evidence {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ItemDetailFields on Item {\n    ...ExplorerRowFields\n    priority\n    satisfaction\n    viability\n    customerRef\n    externalSource\n    externalId\n    createdAt\n    firstResponseAt\n    resolvedAt\n    closedAt\n    policy {\n      id\n      name\n    }\n    events {\n      id\n      type\n      occurredAt\n      status\n      text\n      escalatedTo\n      satisfaction\n      policyId\n    }\n    analysis {\n      status\n      error\n      modelVersion\n      analysedAt\n      sentiment {\n        label\n        score\n        method\n        confidence\n        evidence {\n          start\n          end\n          text\n          weight\n        }\n      }\n      themes {\n        ...ItemThemeTagFields\n        evidence {\n          start\n          end\n          text\n        }\n      }\n      flags {\n        type\n        eventId\n        confidence\n        evidence\n        spans {\n          start\n          end\n          text\n        }\n      }\n      policyMentions {\n        policyId\n        policyName\n        matched\n        confidence\n        evidence {\n          start\n          end\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemDetail($id: ID!) {\n    item(id: $id) {\n      ...ItemDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ItemDetail($id: ID!) {\n    item(id: $id) {\n      ...ItemDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectItemThemes($input: CorrectItemThemesInput!) {\n    correctItemThemes(input: $input) {\n      ...ItemDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectItemThemes($input: CorrectItemThemesInput!) {\n    correctItemThemes(input: $input) {\n      ...ItemDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerExport($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        receivedAt\n        kind\n        source\n        channel\n        status\n        priority\n        displayText\n        sentiment\n        satisfaction\n        customerRef\n        flags\n        firstResponseAt\n        resolvedAt\n        closedAt\n        team {\n          id\n          name\n        }\n        policy {\n          id\n          name\n        }\n        themes {\n          ...ItemThemeTagFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerExport($filter: ItemFilter, $first: Int!, $after: String) {\n    items(filter: $filter, first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        receivedAt\n        kind\n        source\n        channel\n        status\n        priority\n        displayText\n        sentiment\n        satisfaction\n        customerRef\n        flags\n        firstResponseAt\n        resolvedAt\n        closedAt\n        team {\n          id\n          name\n        }\n        policy {\n          id\n          name\n        }\n        themes {\n          ...ItemThemeTagFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    processed\n    total\n    reason\n    createdAt\n    startedAt\n    finishedAt\n    error\n  }\n"): (typeof documents)["\n  fragment AnalysisJobFields on AnalysisJob {\n    id\n    status\n    processed\n    total\n    reason\n    createdAt\n    startedAt\n    finishedAt\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisModelFields on AnalysisModel {\n    id\n    kind\n    version\n    active\n    exampleCount\n    trainedAt\n    quality {\n      heldOut\n      accuracy\n      macroF1\n    }\n  }\n"): (typeof documents)["\n  fragment AnalysisModelFields on AnalysisModel {\n    id\n    kind\n    version\n    active\n    exampleCount\n    trainedAt\n    quality {\n      heldOut\n      accuracy\n      macroF1\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisJobs {\n    analysisJobs {\n      ...AnalysisJobFields\n    }\n  }\n"): (typeof documents)["\n  query AnalysisJobs {\n    analysisJobs {\n      ...AnalysisJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalysisModels {\n    analysisModels {\n      ...AnalysisModelFields\n    }\n  }\n"): (typeof documents)["\n  query AnalysisModels {\n    analysisModels {\n      ...AnalysisModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReanalysis($input: StartReanalysisInput!) {\n    startReanalysis(input: $input) {\n      ...AnalysisJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReanalysis($input: StartReanalysisInput!) {\n    startReanalysis(input: $input) {\n      ...AnalysisJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainThemeModel($input: TrainThemeModelInput!) {\n    trainThemeModel(input: $input) {\n      ...AnalysisModelFields\n    }\n  }\n"): (typeof documents)["\n  mutation TrainThemeModel($input: TrainThemeModelInput!) {\n    trainThemeModel(input: $input) {\n      ...AnalysisModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query SettingsApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    name\n    description\n    owner\n    aliases\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id\n    name\n    description\n    owner\n    aliases\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPolicies {\n    policies {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  query SettingsPolicies {\n    policies {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($input: UpdatePolicyInput!) {\n    updatePolicy(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsServiceLevels {\n    serviceLevels {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"): (typeof documents)["\n  query SettingsServiceLevels {\n    serviceLevels {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceLevel($input: SetServiceLevelInput!) {\n    setServiceLevel(input: $input) {\n      id\n      kind\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamFields on Team {\n    id\n    name\n    description\n    staffCount\n  }\n"): (typeof documents)["\n  fragment TeamFields on Team {\n    id\n    name\n    description\n    staffCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTeams {\n    teams {\n      ...TeamFields\n    }\n  }\n"): (typeof documents)["\n  query SettingsTeams {\n    teams {\n      ...TeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      ...TeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeFields on Theme {\n    id\n    name\n    description\n    keywords\n    examples {\n      id\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeFields on Theme {\n    id\n    name\n    description\n    keywords\n    examples {\n      id\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsThemes {\n    themes {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  query SettingsThemes {\n    themes {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      ...ThemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    teamId\n    active\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    displayName\n    email\n    role\n    teamId\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsUsers {\n    users {\n      ...UserFields\n    }\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SettingsUsers {\n    users {\n      ...UserFields\n    }\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;