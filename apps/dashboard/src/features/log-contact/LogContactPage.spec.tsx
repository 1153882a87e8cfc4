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
    logContact: {
      __typename: 'LogContactReceipt',
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
      exception: null,
    },
  },
};
const ITEM_ID = stored.data.logContact.item.id;
/** The receipt when an exception was stored with the contact. */
const storedWith = (type: string) => ({
  data: {
    logContact: {
      ...stored.data.logContact,
      exception: { __typename: 'ItemEvent', id: 'e-1', type },
    },
  },
});

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
          exception: null,
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
          exception: null,
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
      exception: null,
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

    it('sends a granted exception with the contact, in the same request, naming its policy', async () => {
      let sent = 0;
      renderLog([
        logMock(contact({ policyId: refundsPolicy.id, exception: 'GRANTED' }), () => {
          sent += 1;
          return storedWith('EXCEPTION_GRANTED');
        }),
      ]);
      await fillIn('EXCEPTION_GRANTED', refundsPolicy.id);
      expect(await screen.findByRole('heading', { name: 'Contact logged' })).toBeInTheDocument();
      expect(sent).toBe(1);
      expect(screen.getByRole('link', { name: /Open the item/ })).toHaveAttribute(
        'href',
        `/explorer/items/${ITEM_ID}`,
      );
    });

    it('confirms nothing when the contact and its exception could not be stored, and keeps the form to send again', async () => {
      renderLog([
        logMock(
          contact({ policyId: refundsPolicy.id, exception: 'REFUSED' }),
          apiError('INTERNAL_SERVER_ERROR', 'Something went wrong'),
        ),
      ]);
      await fillIn('EXCEPTION_REFUSED', refundsPolicy.id);
      expect(await screen.findByRole('alert')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Contact logged' })).not.toBeInTheDocument();
      expect(screen.getByLabelText('What did the customer say?')).toHaveValue(
        'Wants a refund without a receipt',
      );
      expect(screen.getByLabelText(/What did you decide/)).toHaveValue('EXCEPTION_REFUSED');
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
