import type {
  CreatePolicyInput,
  PolicyFieldsFragment,
  UpdatePolicyInput,
} from '../../graphql/generated/graphql';
import type { FieldMessageOverrides } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, optionalText } from '../../lib/text';
import { DESCRIPTION_LIMIT } from './limits';

export interface PolicyDraft {
  name: string;
  description: string;
  owner: string;
  aliases: string[];
}

export type PolicyField = keyof PolicyDraft;

export const POLICY_FIELD_IDS: Record<PolicyField, string> = {
  name: 'policy-name',
  description: 'policy-description',
  owner: 'policy-owner',
  aliases: 'policy-aliases',
};

export const POLICY_SERVER_MESSAGES: FieldMessageOverrides<PolicyField> = {
  name: { unique: 'Another policy already has this name' },
};

export const emptyPolicy = (): PolicyDraft => ({
  name: '',
  description: '',
  owner: '',
  aliases: [],
});

export function policyDraftOf(policy: PolicyFieldsFragment): PolicyDraft {
  return {
    name: policy.name,
    description: policy.description ?? '',
    owner: policy.owner ?? '',
    aliases: [...policy.aliases],
  };
}

export function validatePolicy(draft: PolicyDraft): Partial<Record<PolicyField, string>> {
  const errors: Partial<Record<PolicyField, string>> = {};
  if (isBlank(draft.name)) errors.name = 'Enter the policy’s name';
  else if (characterCount(draft.name.trim()) > SHORT_TEXT_LIMIT)
    errors.name = `A policy name is at most ${SHORT_TEXT_LIMIT} characters`;
  if (characterCount(draft.description) > DESCRIPTION_LIMIT)
    errors.description = `A description is at most ${DESCRIPTION_LIMIT.toLocaleString('en-GB')} characters`;
  if (characterCount(draft.owner.trim()) > SHORT_TEXT_LIMIT)
    errors.owner = `The owner is at most ${SHORT_TEXT_LIMIT} characters`;
  return errors;
}

export function toCreatePolicyInput(draft: PolicyDraft): CreatePolicyInput {
  return {
    name: draft.name.trim(),
    description: optionalText(draft.description),
    owner: optionalText(draft.owner),
    aliases: draft.aliases,
  };
}

export function toUpdatePolicyInput(id: string, draft: PolicyDraft): UpdatePolicyInput {
  return { id, ...toCreatePolicyInput(draft) };
}
