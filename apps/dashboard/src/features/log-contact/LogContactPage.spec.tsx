import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  apiError,
  contactOptionsMock,
  customerService,
  refundsPolicy,
  viewerMock,
} from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { RecordItemEventDocument } from '../explorer/graphql/record-event';
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
          viability: null,
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
          viability: null,
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

  describe('the decision given', () => {
    const contact = (overrides: Record<string, unknown>) => ({
      kind: 'REQUEST',
      source: 'EXTERNAL_CUSTOMER',
      channel: 'PHONE',
      priority: 'NORMAL',
      text: 'Wants a refund without a receipt',
      teamId: customerService.id,
      policyId: null,
      customerRef: null,
      viability: null,
      ...overrides,
    });
    async function fillIn(decision: string, policyId?: string) {
      const user = userEvent.setup();
      await user.click(await screen.findByRole('radio', { name: 'Request' }));
      await user.type(
        screen.getByLabelText('What did the customer say?'),
        'Wants a refund without a receipt',
      );
      if (policyId) await user.selectOptions(screen.getByLabelText(/Policy it concerns/), policyId);
      await user.selectOptions(screen.getByLabelText(/What did you decide/), decision);
      await user.click(screen.getByRole('button', { name: 'Log contact' }));
    }

    it('sends a soft no as the item’s decision', async () => {
      renderLog([logMock(contact({ viability: 'SOFT_NO' }), stored)]);
      await fillIn('SOFT_NO');
      expect(await screen.findByRole('heading', { name: 'Contact logged' })).toBeInTheDocument();
    });

    it('records a granted exception on the logged item, naming its policy', async () => {
      let recorded = false;
      renderLog([
        logMock(contact({ policyId: refundsPolicy.id }), stored),
        {
          request: {
            query: RecordItemEventDocument,
            variables: {
              input: {
                itemId: stored.data.submitItem.item.id,
                type: 'EXCEPTION_GRANTED',
                policyId: refundsPolicy.id,
              },
            },
          },
          result: () => {
            recorded = true;
            return {
              data: {
                recordItemEvent: { __typename: 'ItemEvent', id: 'e-1', type: 'EXCEPTION_GRANTED' },
              },
            };
          },
        },
      ]);
      await fillIn('EXCEPTION_GRANTED', refundsPolicy.id);
      expect(await screen.findByRole('heading', { name: 'Contact logged' })).toBeInTheDocument();
      await waitFor(() => expect(recorded).toBe(true));
      expect(screen.queryByText('The exception was not recorded')).not.toBeInTheDocument();
    });

    it('confirms the contact and says so when its exception could not be recorded', async () => {
      renderLog([
        logMock(contact({ policyId: refundsPolicy.id }), stored),
        {
          request: {
            query: RecordItemEventDocument,
            variables: {
              input: {
                itemId: stored.data.submitItem.item.id,
                type: 'EXCEPTION_REFUSED',
                policyId: refundsPolicy.id,
              },
            },
          },
          result: apiError('INTERNAL_SERVER_ERROR', 'Something went wrong'),
        },
      ]);
      await fillIn('EXCEPTION_REFUSED', refundsPolicy.id);
      expect(await screen.findByText('The exception was not recorded')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Open the item/ })).toHaveAttribute(
        'href',
        `/explorer/items/${stored.data.submitItem.item.id}`,
      );
    });

    it('asks for the policy an exception was asked against', async () => {
      renderLog();
      await fillIn('EXCEPTION_REFUSED');
      expect(screen.getByLabelText(/Policy it concerns/)).toHaveAccessibleDescription(
        /Error: Choose the policy the exception was asked against/,
      );
    });
  });
});
