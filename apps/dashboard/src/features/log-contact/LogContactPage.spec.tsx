import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  apiError,
  contactOptionsMock,
  customerService,
  refundsPolicy,
  viewerMock,
} from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { LogContactDocument } from './graphql/submit-item';
import LogContactPage from './LogContactPage';

const logMock = (input: Record<string, unknown>, result: Mock['result']): Mock => ({
  request: { query: LogContactDocument, variables: { input } },
  result,
});

const stored = {
  data: {
    submitItem: {
      __typename: 'ItemReceipt',
      created: true,
      item: {
        __typename: 'Item',
        id: '59d5af60-1111-4222-8333-944455556666',
        kind: 'COMPLAINT',
        channel: 'IN_PERSON',
        priority: 'HIGH',
        status: 'NEW',
        receivedAt: '2026-11-22T19:30:00.000Z',
        team: customerService,
      },
    },
  },
};

function renderLog(mocks: Mock[] = []) {
  return renderPage(<LogContactPage />, {
    route: '/forms/contact',
    store: aSessionStore(aSession({ teamId: customerService.id })),
    mocks: [viewerMock(), contactOptionsMock(), ...mocks],
  });
}

describe('LogContactPage', () => {
  it('needs the kind of contact and what the customer said', async () => {
    renderLog();
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Log contact' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Choose what kind of contact this was');
    expect(summary).toHaveTextContent('Enter what the customer said');
  });

  it('sends the contact with its team, policy and reference, and confirms it with a reference', async () => {
    renderLog([
      logMock(
        {
          kind: 'COMPLAINT',
          source: 'EXTERNAL_CUSTOMER',
          channel: 'IN_PERSON',
          priority: 'HIGH',
          text: 'Refund refused: the receipt was emailed.',
          teamId: customerService.id,
          policyId: refundsPolicy.id,
          customerRef: 'ORD-55812',
        },
        stored,
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Complaint' }));
    await user.type(
      screen.getByLabelText('What did the customer say?'),
      'Refund refused: the receipt was emailed.',
    );
    await user.selectOptions(screen.getByLabelText('How did it reach you?'), 'IN_PERSON');
    await user.selectOptions(screen.getByLabelText('Priority'), 'HIGH');
    await user.selectOptions(screen.getByLabelText(/Policy it concerns/), refundsPolicy.id);
    await user.type(screen.getByLabelText(/Customer reference/), 'ORD-55812');
    await user.click(screen.getByRole('button', { name: 'Log contact' }));

    expect(await screen.findByRole('heading', { name: 'Contact logged' })).toHaveFocus();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('59D5AF60');
    expect(status).toHaveTextContent('In person');
    expect(status).toHaveTextContent('Customer Service');
  });

  it('shows a server error about the policy beside the policy field', async () => {
    renderLog([
      logMock(
        {
          kind: 'REQUEST',
          source: 'EXTERNAL_CUSTOMER',
          channel: 'PHONE',
          priority: 'NORMAL',
          text: 'Needs a laptop',
          teamId: customerService.id,
          policyId: refundsPolicy.id,
          customerRef: null,
        },
        apiError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'policyId', rule: 'exists', message: 'policyId names no known policy' },
        ]),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Request' }));
    await user.type(screen.getByLabelText('What did the customer say?'), 'Needs a laptop');
    await user.selectOptions(screen.getByLabelText(/Policy it concerns/), refundsPolicy.id);
    await user.click(screen.getByRole('button', { name: 'Log contact' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That policy no longer exists');
    expect(screen.getByLabelText(/Policy it concerns/)).toHaveAccessibleDescription(
      /Error: That policy no longer exists/,
    );
  });
});
