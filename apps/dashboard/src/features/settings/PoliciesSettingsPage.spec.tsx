import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import {
  CreatePolicyDocument,
  SettingsPoliciesDocument,
  UpdatePolicyDocument,
} from './graphql/policies';
import PoliciesSettingsPage from './PoliciesSettingsPage';

const aPolicy = (
  id: string,
  name: string,
  overrides: Partial<{ description: string | null; owner: string | null; aliases: string[] }> = {},
) => ({
  __typename: 'Policy' as const,
  id,
  name,
  description: null,
  owner: null,
  aliases: [],
  ...overrides,
});

const refunds = aPolicy('policy-refunds', 'Refunds need a receipt', {
  owner: 'Finance',
  aliases: ['receipt rule'],
});
const visits = aPolicy('policy-visits', 'Visits are booked online');
const policiesMock: Mock = {
  request: { query: SettingsPoliciesDocument },
  result: { data: { policies: [refunds, visits] } },
};

function renderPolicies(mocks: Mock[], role: 'PROCESS_OWNER' | 'STAFF' = 'PROCESS_OWNER') {
  return renderPage(<PoliciesSettingsPage />, {
    route: '/settings/policies',
    store: aSessionStore(aSession({ role })),
    mocks: [viewerMock(role), policiesMock, ...mocks],
  });
}

describe('PoliciesSettingsPage', () => {
  it('lists each policy with its owner and aliases, linked to its items', async () => {
    renderPolicies([]);
    const rows = within(await screen.findByRole('table', { name: 'Policies' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Refunds need a receiptFinancereceipt ruleEdit');
    expect(rows[2]).toHaveTextContent('Visits are booked onlineNo ownerNoneEdit');
    expect(within(rows[1]).getByRole('link', { name: 'Refunds need a receipt' })).toHaveAttribute(
      'href',
      '/explorer?policy=policy-refunds',
    );
  });

  it('adds a policy in name order, says so and moves focus to its Edit button', async () => {
    const created = aPolicy('policy-loans', 'Loans last two weeks', { aliases: ['loan rule'] });
    renderPolicies([
      {
        request: {
          query: CreatePolicyDocument,
          variables: {
            input: {
              name: 'Loans last two weeks',
              description: null,
              owner: null,
              aliases: ['loan rule'],
            },
          },
        },
        result: { data: { createPolicy: created } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a policy' }));
    expect(screen.getByRole('heading', { name: 'Add a policy', level: 2 })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Add a policy' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Name/), 'Loans last two weeks');
    await user.type(screen.getByRole('textbox', { name: /^Also known as/ }), 'loan rule{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add policy' }));
    expect(
      await screen.findByText(
        'Added the policy “Loans last two weeks”. History is re-analysed in the background to find its mentions.',
      ),
    ).toBeInTheDocument();
    const names = within(screen.getByRole('table', { name: 'Policies' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('a')?.textContent);
    expect(names).toEqual([
      'Loans last two weeks',
      'Refunds need a receipt',
      'Visits are booked online',
    ]);
    expect(await screen.findByRole('button', { name: 'Edit Loans last two weeks' })).toHaveFocus();
  });

  it('checks the name before sending anything', async () => {
    renderPolicies([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a policy' }));
    await user.click(screen.getByRole('button', { name: 'Add policy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the policy’s name');
  });

  it('shows the API’s refusal of a name already taken beside the name', async () => {
    renderPolicies([
      {
        request: {
          query: UpdatePolicyDocument,
          variables: {
            input: {
              id: 'policy-visits',
              name: 'Refunds need a receipt',
              description: null,
              owner: null,
              aliases: [],
            },
          },
        },
        result: apiError('CONFLICT', 'name is already taken', [
          { field: 'name', rule: 'unique', message: 'name is already taken' },
        ]),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Visits are booked online' }));
    const name = screen.getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Refunds need a receipt');
    await user.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another policy already has this name',
    );
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(
      /Error: Another policy already has this name/,
    );
  });

  it('returns focus to the Add button when adding is cancelled', async () => {
    renderPolicies([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a policy' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Add a policy' })).toHaveFocus();
  });

  it('offers no changes to a role that may only read policies', async () => {
    renderPolicies([], 'STAFF');
    await screen.findByRole('table', { name: 'Policies' });
    expect(screen.queryByRole('button', { name: 'Add a policy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });
});
