import type { ImprovementActionFieldsFragment } from '../graphql/generated/graphql';

export const actionOptions = {
  teams: [{ __typename: 'Team' as const, id: 'team-it', name: 'IT Service Desk' }],
  policies: [
    {
      __typename: 'Policy' as const,
      id: 'policy-laptops',
      name: 'Laptop requests need director approval',
    },
  ],
  themes: [{ __typename: 'Theme' as const, id: 'theme-kit', name: 'IT equipment' }],
};

export function anAction(overrides: Partial<ImprovementActionFieldsFragment> = {}) {
  return {
    __typename: 'ImprovementAction' as const,
    id: 'action-1',
    title: 'Remove director approval for standard laptops',
    description: 'Line managers approve standard replacements.',
    owner: 'Rahul Mehta',
    status: 'IN_PROGRESS' as const,
    startedOn: '2026-10-01',
    doneOn: null,
    policyId: 'policy-laptops',
    themeId: 'theme-kit',
    teamId: null,
    ...overrides,
  };
}
