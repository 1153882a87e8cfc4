import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { apiError, customerService, teamsMock, viewerMock } from '../../test/fixtures';
import { TeamOptionsDocument } from '../organisation/graphql/options';
import { SubmitStaffPulseDocument } from './graphql/submit-staff-pulse';
import StaffPulsePage from './StaffPulsePage';

const route = '/forms/pulse';
const store = () => aSessionStore(aSession({ teamId: customerService.id }));

const pulseMock = (input: Record<string, unknown>, result: Mock['result']): Mock => ({
  request: { query: SubmitStaffPulseDocument, variables: { input } },
  result,
});

const receipt = (anonymous: boolean, itemsCreated: number) => ({
  data: {
    submitStaffPulse: {
      __typename: 'StaffPulseReceipt',
      submittedOn: '2026-11-22',
      anonymous,
      itemsCreated,
    },
  },
});

function renderPulse(mocks: Mock[]) {
  return renderPage(<StaffPulsePage />, {
    route,
    store: store(),
    mocks: [viewerMock(), teamsMock(), ...mocks],
  });
}

describe('StaffPulsePage', () => {
  it('records the pulse for the signed-in person’s own team, which they cannot change', async () => {
    renderPulse([]);
    const team = await screen.findByLabelText('Your team');
    expect(team).toHaveValue(customerService.name);
    expect(team).toHaveAttribute('readonly');
  });

  it('explains that an account without a team cannot give feedback yet', async () => {
    renderPage(<StaffPulsePage />, {
      route,
      store: aSessionStore(aSession({ teamId: null })),
      mocks: [viewerMock('STAFF', null), teamsMock()],
    });
    expect(await screen.findByText('Your account has no team')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send feedback' })).not.toBeInTheDocument();
  });

  it('needs a workload before sending, and says so at the top and beside the question', async () => {
    renderPulse([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send feedback' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(
      within(summary).getByRole('link', { name: 'Choose how your workload has felt' }),
    ).toHaveAttribute('href', '#pulse-workload');
    expect(summary).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'How has your workload felt lately?' }),
    ).toHaveAccessibleDescription(/Choose how your workload has felt/);
  });

  it('flags an answer over 10,000 characters before sending it', async () => {
    renderPulse([]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Full' }));
    fireEvent.change(screen.getByLabelText(/What gets in the way of serving customers/), {
      target: { value: 'a'.repeat(10_003) },
    });
    expect(screen.getByText('3 characters too many')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Shorten this answer to 10,000 characters or fewer (it is 3 over)',
    );
  });

  it('sends blank answers as not given, and confirms what was recorded for an anonymous entry', async () => {
    renderPulse([
      pulseMock(
        {
          teamId: customerService.id,
          workload: 4,
          obstacles: 'Refunds need a printed receipt.',
          customerRequests: null,
          workloadComment: null,
          anonymous: true,
        },
        receipt(true, 1),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Heavy' }));
    await user.type(
      screen.getByLabelText(/What gets in the way of serving customers/),
      '  Refunds need a printed receipt.  ',
    );
    await user.type(screen.getByLabelText(/Anything to add about your workload/), '   ');
    await user.click(screen.getByRole('checkbox', { name: 'Send anonymously' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    const heading = await screen.findByRole('heading', {
      name: 'Thank you — your feedback is recorded',
    });
    const status = heading.closest('[role="status"]');
    expect(status).not.toBeNull();
    expect(status).toHaveTextContent('Customer Service');
    expect(status).toHaveTextContent('4 of 5 (heavy)');
    expect(status).toHaveTextContent('22 November 2026');
    expect(status).toHaveTextContent('1 added as staff feedback');
    expect(status).toHaveTextContent(
      'Sent anonymously: your name was not stored, and only the day was kept',
    );
    expect(heading).toHaveFocus();
  });

  it('says a named entry carries the name', async () => {
    renderPulse([
      pulseMock(
        {
          teamId: customerService.id,
          workload: 2,
          obstacles: null,
          customerRequests: null,
          workloadComment: null,
          anonymous: false,
        },
        receipt(false, 0),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Comfortable' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText(/Sent with your name/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Customer Service');
  });

  it('shows the API’s field errors next to the matching fields', async () => {
    renderPulse([
      pulseMock(
        {
          teamId: customerService.id,
          workload: 3,
          obstacles: 'Too slow',
          customerRequests: null,
          workloadComment: null,
          anonymous: false,
        },
        apiError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'teamId', rule: 'ownTeam', message: 'teamId must be your own team' },
          {
            field: 'obstacles',
            rule: 'maxLength',
            message: 'obstacles must be at most 10,000 characters',
          },
        ]),
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Full' }));
    await user.type(screen.getByLabelText(/What gets in the way of serving customers/), 'Too slow');
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Feedback can only be given for your own team',
    );
    expect(screen.getByLabelText('Your team')).toHaveAccessibleDescription(
      /Error: Feedback can only be given for your own team\. Ask an administrator if it is wrong\./,
    );
    expect(
      screen.getByLabelText(/What gets in the way of serving customers/),
    ).toHaveAccessibleDescription(/Error: Obstacles must be at most 10,000 characters\./);
  });

  it('keeps the answers and explains when the API cannot be reached', async () => {
    renderPulse([
      {
        request: { query: SubmitStaffPulseDocument, variables: () => true },
        error: new TypeError('Failed to fetch'),
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Light' }));
    await user.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Fulcrum cannot be reached');
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
  });

  it('offers to try again when the teams cannot be loaded', async () => {
    renderPage(<StaffPulsePage />, {
      route,
      store: store(),
      mocks: [
        viewerMock(),
        { request: { query: TeamOptionsDocument }, error: new TypeError('Failed to fetch') },
        teamsMock(),
      ],
    });
    expect(await screen.findByText('The list of teams could not be loaded')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Your team')).toBeInTheDocument();
  });

  it('explains that feedback needs a team when there are none yet', async () => {
    renderPage(<StaffPulsePage />, { route, store: store(), mocks: [viewerMock(), teamsMock([])] });
    expect(await screen.findByText('There are no teams yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send feedback' })).not.toBeInTheDocument();
  });
});
