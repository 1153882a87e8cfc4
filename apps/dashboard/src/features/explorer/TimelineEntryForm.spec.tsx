import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anItemDetail } from '../../test/explorer-fixtures';
import { apiError } from '../../test/fixtures';
import { renderPage, type Mock } from '../../test/render';
import { ItemDetailDocument } from './graphql/items';
import { RecordItemEventDocument } from './graphql/record-event';
import { TimelineEntryForm } from './TimelineEntryForm';

const recordMock = (input: Record<string, unknown>, result: Mock['result']): Mock => ({
  request: { query: RecordItemEventDocument, variables: { input } },
  result,
});
const recorded = (type: string) => ({
  data: { recordItemEvent: { __typename: 'ItemEvent', id: 'event-1', type } },
});
// The page's item is read again after an entry, so its timeline shows it.
const refetchMock: Mock = {
  request: { query: ItemDetailDocument, variables: { id: 'item-1' } },
  result: { data: { item: anItemDetail() } },
};

const renderForm = (mocks: Mock[], hasPolicy = true) =>
  renderPage(<TimelineEntryForm itemId="item-1" hasPolicy={hasPolicy} />, { mocks });

describe('TimelineEntryForm', () => {
  it('needs a reply or a decision, and a reply to carry a decision', async () => {
    renderForm([]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a reply, or choose a decision');

    await user.selectOptions(screen.getByLabelText(/Decision/), 'HARD_NO');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(screen.getByLabelText('Reply to the customer')).toHaveAccessibleDescription(
      /Error: Enter what you told the customer about the decision/,
    );
  });

  it('sends a reply with the decision it gives, and says it was added', async () => {
    renderForm([
      recordMock(
        {
          itemId: 'item-1',
          type: 'STAFF_REPLY',
          text: 'No refund, but a voucher instead.',
          viability: 'SOFT_NO',
        },
        recorded('STAFF_REPLY'),
      ),
      refetchMock,
    ]);
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText('Reply to the customer'),
      '  No refund, but a voucher instead. ',
    );
    await user.selectOptions(screen.getByLabelText(/Decision/), 'SOFT_NO');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(await screen.findByText('Added to the timeline.')).toBeInTheDocument();
    expect(screen.getByLabelText('Reply to the customer')).toHaveValue('');
  });

  it('records an exception as its own entry, with the reply as its reason', async () => {
    renderForm([
      recordMock(
        { itemId: 'item-1', type: 'EXCEPTION_GRANTED', text: null },
        recorded('EXCEPTION_GRANTED'),
      ),
      refetchMock,
    ]);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/Decision/), 'EXCEPTION_GRANTED');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(await screen.findByText('Added to the timeline.')).toBeInTheDocument();
  });

  it('refuses an exception on an item with no policy, beside the decision', async () => {
    renderForm([], false);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/Decision/), 'EXCEPTION_REFUSED');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(screen.getByLabelText(/Decision/)).toHaveAccessibleDescription(
      /Error: This item names no policy/,
    );
  });

  it('shows a refusal for an item out of reach as the server words it', async () => {
    renderForm([
      recordMock(
        { itemId: 'item-1', type: 'STAFF_REPLY', text: 'Accepted.', viability: 'ACCEPTED' },
        apiError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'itemId', rule: 'exists', message: 'itemId names no known item' },
        ]),
      ),
    ]);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Reply to the customer'), 'Accepted.');
    await user.selectOptions(screen.getByLabelText(/Decision/), 'ACCEPTED');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ItemId names no known item');
  });
});
