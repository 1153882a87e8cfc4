import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../../test/fixtures';
import { renderPage, type Mock } from '../../test/render';
import CustomerFeedbackPage from './CustomerFeedbackPage';
import { SubmitCustomerFeedbackDocument } from './graphql/submit-customer-feedback';

const feedbackMock = (input: Record<string, unknown>, result: Mock['result']): Mock => ({
  request: { query: SubmitCustomerFeedbackDocument, variables: { input } },
  result,
});

const receipt = {
  data: {
    submitCustomerFeedback: {
      __typename: 'CustomerReceipt',
      reference: 'EBDB1D75',
      receivedAt: '2026-11-22T19:30:00.000Z',
    },
  },
};

const message = 'The bus stop outside the library has had no timetable for three weeks.';

function renderForm(mocks: Mock[] = []) {
  return renderPage(<CustomerFeedbackPage />, { route: '/feedback', mocks });
}

describe('CustomerFeedbackPage (public, no sign-in)', () => {
  it('counts characters as the customer types', async () => {
    renderForm();
    await userEvent.setup().type(screen.getByLabelText('Your message'), 'Hello');
    expect(screen.getByText('5 / 10,000 characters')).toBeInTheDocument();
  });

  it('needs a kind and a message before sending, and links each problem to its field', async () => {
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Choose what you would like to send');
    expect(summary).toHaveTextContent('Enter your message');
    expect(screen.getByLabelText('Your message')).toBeInvalid();
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(
      /Error: Enter your message/,
    );
  });

  it('treats a message of spaces as empty', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Feedback' }));
    await user.type(screen.getByLabelText('Your message'), '     ');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your message');
  });

  it('refuses a message over 10,000 characters before sending, saying by how much', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Complaint' }));
    fireEvent.change(screen.getByLabelText('Your message'), {
      target: { value: 'x'.repeat(10_050) },
    });
    expect(screen.getByText('50 characters too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your message must be 10,000 characters or fewer (it is 50 over)',
    );
  });

  it('accepts exactly 10,000 characters', async () => {
    const text = 'y'.repeat(10_000);
    renderForm([
      feedbackMock({ kind: 'FEEDBACK', source: 'EXTERNAL_CUSTOMER', text, contact: null }, receipt),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Feedback' }));
    fireEvent.change(screen.getByLabelText('Your message'), { target: { value: text } });
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('EBDB1D75')).toBeInTheDocument();
  });

  it('confirms with the reference to quote, in a live region, with focus on the confirmation', async () => {
    renderForm([
      feedbackMock(
        {
          kind: 'COMPLAINT',
          source: 'INTERNAL_CUSTOMER',
          text: message,
          contact: 'reader@example.com',
        },
        receipt,
      ),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Complaint' }));
    await user.type(screen.getByLabelText('Your message'), message);
    await user.click(screen.getByRole('radio', { name: 'A colleague in the organisation' }));
    await user.type(screen.getByLabelText(/Email or phone number/), 'reader@example.com');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const heading = await screen.findByRole('heading', {
      name: 'Thank you — we have received your complaint',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/Your reference\s*EBDB1D75/);
    expect(screen.queryByLabelText('Your message')).not.toBeInTheDocument();
  });

  it('explains that only a pseudonym of the contact details is kept', () => {
    renderForm();
    expect(screen.getByLabelText(/Email or phone number/)).toHaveAccessibleDescription(
      /only a pseudonym/,
    );
  });

  it('shows the server’s field errors next to the fields they name', async () => {
    renderForm([
      feedbackMock(
        { kind: 'REQUEST', source: 'EXTERNAL_CUSTOMER', text: message, contact: 'x' },
        apiError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'contact', rule: 'notBlank', message: 'contact must not be empty' },
          { field: 'text', rule: 'maxLength', message: 'text must be at most 10,000 characters' },
        ]),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Request' }));
    await user.type(screen.getByLabelText('Your message'), message);
    await user.type(screen.getByLabelText(/Email or phone number/), 'x');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your message must be 10,000 characters or fewer',
    );
    expect(screen.getByLabelText('Your message')).toHaveAccessibleDescription(
      /Error: Your message must be 10,000 characters or fewer/,
    );
    expect(screen.getByLabelText(/Email or phone number/)).toHaveAccessibleDescription(
      /Error: Leave contact details empty, or enter an email or phone number/,
    );
  });

  it('asks the customer to wait, keeping the message, when sending is rate limited', async () => {
    renderForm([
      feedbackMock(
        { kind: 'FEEDBACK', source: 'EXTERNAL_CUSTOMER', text: message, contact: null },
        apiError('RATE_LIMITED', 'Too many requests; try again in a minute.'),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Feedback' }));
    await user.type(screen.getByLabelText('Your message'), message);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait a minute, then send again');
    expect(screen.getByLabelText('Your message')).toHaveValue(message);
  });
});
