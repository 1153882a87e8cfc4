import { ViewerDocument } from '../features/auth/graphql/viewer';
import {
  ContactFormOptionsDocument,
  TeamOptionsDocument,
} from '../features/organisation/graphql/options';
import type { Role } from '../graphql/generated/graphql';
import type { Mock } from './render';

// Factories for the GraphQL answers the pages read, named for what they mean.

export const aTeam = (id: string, name: string) => ({ __typename: 'Team' as const, id, name });
export const aPolicy = (id: string, name: string) => ({ __typename: 'Policy' as const, id, name });

export const customerService = aTeam('team-cs', 'Customer Service');
export const itDesk = aTeam('team-it', 'IT Service Desk');
export const refundsPolicy = aPolicy('policy-refunds', 'Refunds need a receipt');

export function viewerMock(role: Role = 'STAFF', teamId: string | null = customerService.id): Mock {
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        viewer: { __typename: 'Viewer', id: 'user-1', kind: 'user', role, name: 'Sam Lee', teamId },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export function teamsMock(teams = [customerService, itDesk]): Mock {
  return { request: { query: TeamOptionsDocument }, result: { data: { teams } } };
}

export function contactOptionsMock(
  teams = [customerService, itDesk],
  policies = [refundsPolicy],
): Mock {
  return { request: { query: ContactFormOptionsDocument }, result: { data: { teams, policies } } };
}

/** A GraphQL error as the API formats it. */
export function apiError(
  code: string,
  message: string,
  fields?: { field: string; rule: string; message: string }[],
) {
  return { errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] };
}
