/** Item input with sensible defaults; tests override what their rule is about. */
export function anItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'COMPLAINT',
    source: 'EXTERNAL_CUSTOMER',
    channel: 'EMAIL',
    text: 'My refund has been pending for three weeks and nobody replies to my e-mails.',
    receivedAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

export const SUBMIT_ITEM = `
  mutation Submit($input: SubmitItemInput!) {
    submitItem(input: $input) {
      created
      item { id kind source channel text status priority receivedAt firstResponseAt resolvedAt closedAt externalId externalSource teamId policyId customerRef satisfaction viability team { name } }
    }
  }`;

export const SUBMIT_ITEMS = `
  mutation SubmitBatch($input: SubmitItemsInput!) {
    submitItems(input: $input) { createdCount existingCount items { id externalId created } }
  }`;

export const CREATE_TEAM = `
  mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name staffCount } }`;

export const CREATE_POLICY = `
  mutation CreatePolicy($input: CreatePolicyInput!) { createPolicy(input: $input) { id name aliases } }`;

export const COUNT_ITEMS = `query { items(first: 1) { totalCount } }`;
