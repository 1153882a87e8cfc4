import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { SetServiceLevelDocument, SettingsServiceLevelsDocument } from './graphql/service-levels';
import ServiceLevelsSettingsPage from './ServiceLevelsSettingsPage';

const level = (
  kind: string,
  priority: string,
  firstResponseMinutes: number,
  resolutionMinutes: number,
) => ({
  __typename: 'ServiceLevel',
  id: `sla-${kind}-${priority}`,
  kind,
  priority,
  firstResponseMinutes,
  resolutionMinutes,
});

const levelsMock: Mock = {
  request: { query: SettingsServiceLevelsDocument },
  result: {
    data: {
      serviceLevels: [
        level('COMPLAINT', 'URGENT', 60, 2880),
        level('COMPLAINT', 'HIGH', 240, 5760),
      ],
    },
  },
};

function renderLevels(mocks: Mock[], role: 'MANAGER' | 'PROCESS_OWNER' = 'MANAGER') {
  return renderPage(<ServiceLevelsSettingsPage />, {
    route: '/settings/service-levels',
    store: aSessionStore(aSession({ role })),
    mocks: [viewerMock(role), levelsMock, ...mocks],
  });
}

const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name }).closest('tr') as HTMLTableRowElement;

describe('ServiceLevelsSettingsPage', () => {
  it('shows every kind and priority in hours and days, and what is not set', async () => {
    renderLevels([]);
    await screen.findByRole('table', { name: 'Service levels by kind and priority' });
    expect(rowOf('Complaints, Urgent')).toHaveTextContent('1 hour2 days');
    expect(rowOf('Complaints, High')).toHaveTextContent('4 hours4 days');
    expect(rowOf('Requests, Low')).toHaveTextContent('Not set (no breaches counted)');
  });

  it('saves targets typed in hours and days as minutes', async () => {
    renderLevels([
      {
        request: {
          query: SetServiceLevelDocument,
          variables: {
            input: {
              kind: 'COMPLAINT',
              priority: 'URGENT',
              firstResponseMinutes: 30,
              resolutionMinutes: 1440,
            },
          },
        },
        result: { data: { setServiceLevel: level('COMPLAINT', 'URGENT', 30, 1440) } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Change targets for complaints, urgent priority' }),
    );
    const first = screen.getByLabelText('First response within: amount');
    await user.clear(first);
    await user.type(first, '30');
    await user.selectOptions(screen.getByLabelText('First response within: unit'), 'minutes');
    const resolution = screen.getByLabelText('Resolved within: amount');
    await user.clear(resolution);
    await user.type(resolution, '1');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(
      await screen.findByText(
        'Saved: complaints, urgent priority get a first response within 30 minutes and are resolved within 1 day.',
      ),
    ).toBeInTheDocument();
    expect(rowOf('Complaints, Urgent')).toHaveTextContent('30 minutes1 day');
  });

  it('refuses a resolution promised sooner than the first response', async () => {
    renderLevels([]);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Change targets for complaints, high priority' }),
    );
    await user.selectOptions(screen.getByLabelText('Resolved within: unit'), 'hours');
    await user.clear(screen.getByLabelText('Resolved within: amount'));
    await user.type(screen.getByLabelText('Resolved within: amount'), '2');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Resolution cannot be promised sooner than the first response',
    );
  });

  it('shows the targets without Change buttons to a role that may not change them', async () => {
    renderLevels([], 'PROCESS_OWNER');
    const table = await screen.findByRole('table', { name: 'Service levels by kind and priority' });
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });
});
