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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": typeof types.SubmitCustomerFeedbackDocument,
    "\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LogContactDocument,
    "\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n": typeof types.ContactFormOptionsDocument,
    "\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n": typeof types.SubmitStaffPulseDocument,
    "\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n": typeof types.ItemVolumeDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        displayName\n        role\n        teamId\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      kind\n      role\n      name\n      teamId\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SubmitCustomerFeedback($input: SubmitCustomerFeedbackInput!) {\n    submitCustomerFeedback(input: $input) {\n      reference\n      receivedAt\n    }\n  }\n": types.SubmitCustomerFeedbackDocument,
    "\n  mutation LogContact($input: SubmitItemInput!) {\n    submitItem(input: $input) {\n      created\n      item {\n        id\n        kind\n        channel\n        priority\n        status\n        receivedAt\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LogContactDocument,
    "\n  query TeamOptions {\n    teams {\n      id\n      name\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  query ContactFormOptions {\n    teams {\n      id\n      name\n    }\n    policies {\n      id\n      name\n    }\n  }\n": types.ContactFormOptionsDocument,
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
export function graphql(source: "\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStaffPulse($input: SubmitStaffPulseInput!) {\n    submitStaffPulse(input: $input) {\n      submittedOn\n      anonymous\n      itemsCreated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n"): (typeof documents)["\n  query ItemVolume($input: ItemVolumeInput!) {\n    itemVolume(input: $input) {\n      periodStart\n      kind\n      count\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;