/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'IN_PERSON'
  | 'LETTER'
  | 'PHONE'
  | 'SOCIAL'
  | 'WEB_FORM';

export type Interval =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

export type ItemKind =
  | 'COMPLAINT'
  | 'COMPLIMENT'
  | 'FEEDBACK'
  | 'REQUEST';

export type ItemSource =
  | 'EXTERNAL_CUSTOMER'
  | 'INTERNAL_CUSTOMER'
  | 'STAFF';

export type ItemStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED'
  | 'WAITING_INTERNAL'
  | 'WAITING_ON_CUSTOMER';

export type ItemVolumeInput = {
  /** Start (inclusive); defaults to 24 months before `to`. */
  from?: string | null | undefined;
  interval?: Interval;
  /** End (exclusive); defaults to now. */
  to?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type Role =
  | 'ADMIN'
  | 'INTEGRATOR'
  | 'MANAGER'
  | 'PROCESS_OWNER'
  | 'STAFF';

/** What a customer sends through the public form. */
export type SubmitCustomerFeedbackInput = {
  /** E-mail or phone, optional. Only a pseudonym derived from it is stored, to link repeat contacts. */
  contact?: string | null | undefined;
  kind: ItemKind;
  source?: ItemSource;
  /** 1 to 10,000 characters. */
  text: string;
};

/** One item as a helpdesk or a member of staff knows it. */
export type SubmitItemInput = {
  channel: Channel;
  closedAt?: string | null | undefined;
  /** Pseudonymous customer reference; never a name. */
  customerRef?: string | null | undefined;
  /** The item's id in its source system; with externalSource it makes resubmission idempotent. */
  externalId?: string | null | undefined;
  /** The source system, e.g. "zendesk". */
  externalSource?: string | null | undefined;
  firstResponseAt?: string | null | undefined;
  kind: ItemKind;
  policyId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  /** When the item arrived; now when omitted. Not in the future. */
  receivedAt?: string | null | undefined;
  resolvedAt?: string | null | undefined;
  satisfaction?: number | null | undefined;
  source: ItemSource;
  /** Derived from the timestamps when omitted. */
  status?: ItemStatus | null | undefined;
  teamId?: string | number | null | undefined;
  /** What the customer said, 1 to 10,000 characters. */
  text: string;
  viability?: ViabilityDecision | null | undefined;
};

/** A staff member's pulse: workload, and what gets in the way. */
export type SubmitStaffPulseInput = {
  /** Anonymous entries store no author and only the day. */
  anonymous: boolean;
  /** What customers ask for that we don't offer. */
  customerRequests?: string | null | undefined;
  /** What gets in the way of serving customers. */
  obstacles?: string | null | undefined;
  teamId: string | number;
  /** 1 (light) to 5 (overwhelming). */
  workload: number;
  /** About the workload. */
  workloadComment?: string | null | undefined;
};

export type ViabilityDecision =
  | 'ACCEPTED'
  | 'ESCALATED'
  | 'HARD_NO'
  | 'REFERRED'
  /** Declined with an alternative offered */
  | 'SOFT_NO';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, displayName: string, role: Role, teamId: string | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, kind: string, role: Role, name: string, teamId: string | null } };

export type SubmitCustomerFeedbackMutationVariables = Exact<{
  input: SubmitCustomerFeedbackInput;
}>;


export type SubmitCustomerFeedbackMutation = { submitCustomerFeedback: { reference: string, receivedAt: string } };

export type LogContactMutationVariables = Exact<{
  input: SubmitItemInput;
}>;


export type LogContactMutation = { submitItem: { created: boolean, item: { id: string, kind: ItemKind, channel: Channel, priority: Priority, status: ItemStatus, receivedAt: string, team: { id: string, name: string } | null } } };

export type TeamOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamOptionsQuery = { teams: Array<{ id: string, name: string }> };

export type ContactFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactFormOptionsQuery = { teams: Array<{ id: string, name: string }>, policies: Array<{ id: string, name: string }> };

export type SubmitStaffPulseMutationVariables = Exact<{
  input: SubmitStaffPulseInput;
}>;


export type SubmitStaffPulseMutation = { submitStaffPulse: { submittedOn: string, anonymous: boolean, itemsCreated: number } };

export type ItemVolumeQueryVariables = Exact<{
  input: ItemVolumeInput;
}>;


export type ItemVolumeQuery = { itemVolume: Array<{ periodStart: string, kind: ItemKind, count: number }> };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SubmitCustomerFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCustomerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCustomerFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCustomerFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitCustomerFeedbackMutation, SubmitCustomerFeedbackMutationVariables>;
export const LogContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogContactMutation, LogContactMutationVariables>;
export const TeamOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TeamOptionsQuery, TeamOptionsQueryVariables>;
export const ContactFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContactFormOptionsQuery, ContactFormOptionsQueryVariables>;
export const SubmitStaffPulseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitStaffPulse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitStaffPulseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitStaffPulse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"itemsCreated"}}]}}]}}]} as unknown as DocumentNode<SubmitStaffPulseMutation, SubmitStaffPulseMutationVariables>;
export const ItemVolumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemVolume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVolumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVolume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ItemVolumeQuery, ItemVolumeQueryVariables>;