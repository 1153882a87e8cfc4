import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { ItemVolumeDocument } from './graphql/item-volume';
import ItemVolumePage from './ItemVolumePage';

const input = (from: string, to: string) => ({ input: { from, to, interval: 'MONTH' } });
const firstHalf2025 = input('2025-01-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z');

const point = (month: string, kind: string, count: number) => ({
  __typename: 'VolumePoint',
  periodStart: `${month}-01T00:00:00.000Z`,
  kind,
  count,
});

const volumes = (points: ReturnType<typeof point>[]) => ({ data: { itemVolume: points } });

const sixMonths = volumes([
  point('2025-01', 'REQUEST', 120),
  point('2025-01', 'COMPLAINT', 30),
  point('2025-03', 'REQUEST', 90),
  point('2025-03', 'COMPLAINT', 45),
  point('2025-03', 'COMPLIMENT', 5),
  point('2025-06', 'FEEDBACK', 10),
]);

const volumeMock = (
  variables: Mock['request']['variables'],
  result: Mock['result'],
  delay?: number,
): Mock => ({
  request: { query: ItemVolumeDocument, variables },
  result,
  delay,
});

function renderVolume(route: string, mocks: Mock[]) {
  return renderPage(<ItemVolumePage />, {
    route,
    path: '/trends/volume',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks,
  });
}

describe('ItemVolumePage', () => {
  it('shows that volumes are loading', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, sixMonths, 50),
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading monthly volumes…');
    expect(await screen.findByRole('table', { hidden: true })).toBeInTheDocument();
  });

  it('charts the period named in the URL and gives every month’s numbers in a table, empty months as zero', async () => {
    const { container } = renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, sixMonths),
    ]);
    const table = await screen.findByRole('table', {
      name: 'Items received per month by kind, Jan 2025 to Jun 2025',
    });
    const rows = within(table).getAllByRole('row');
    // Header, six months, total.
    expect(rows).toHaveLength(8);
    expect(rows[1]).toHaveTextContent(/January 2025\s*30\s*120\s*0\s*0\s*150/);
    expect(rows[2]).toHaveTextContent(/February 2025\s*0\s*0\s*0\s*0\s*0/);
    expect(rows[7]).toHaveTextContent(/All months\s*75\s*210\s*10\s*5\s*300/);

    expect(
      screen.getByRole('list', { name: 'Kinds of item, top of the stack first' }),
    ).toHaveTextContent('ComplimentsFeedbackRequestsComplaints');
    const totals = screen.getByRole('region', { name: 'Totals, Jan 2025 to Jun 2025' });
    expect(totals).toHaveTextContent('Items received300');
    expect(totals).toHaveTextContent('Complaints7525% of all items');
    expect(totals).toHaveTextContent('Busiest monthJan 2025');
    await waitFor(() =>
      expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
    );
  });

  it('keeps the table out of sight until asked, then shows it', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [volumeMock(firstHalf2025, sixMonths)]);
    const toggle = await screen.findByRole('button', { name: 'Show the numbers' });
    const table = screen.getByRole('table');
    expect(table.parentElement).toHaveClass('visually-hidden');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(table.parentElement).not.toHaveClass('visually-hidden');
  });

  it('says so when nothing arrived in the period, instead of drawing an empty chart', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, volumes([])),
    ]);
    expect(
      await screen.findByText('No items were received from Jan 2025 to Jun 2025'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a customer contact' })).toHaveAttribute(
      'href',
      '/forms/contact',
    );
  });

  it('explains a failure and loads again on request', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, apiError('INTERNAL_SERVER_ERROR', 'Internal server error')),
      volumeMock(firstHalf2025, sixMonths),
    ]);
    expect(await screen.findByText('Monthly volumes could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { hidden: true })).toBeInTheDocument();
  });

  it('offers no retry when the role may not read volumes', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, apiError('FORBIDDEN', 'Forbidden resource')),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role does not give access to this.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('shows the last 24 months when the URL names no period', async () => {
    // The page's clock reads 20 Nov 2026: Dec 2024 through Nov 2026.
    renderVolume('/trends/volume', [
      volumeMock(input('2024-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'), volumes([])),
    ]);
    expect(await screen.findByText(/No items were received/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last 24 months' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('puts a new period in the URL and loads it', async () => {
    renderVolume('/trends/volume?from=2025-01&to=2025-06', [
      volumeMock(firstHalf2025, sixMonths),
      volumeMock(
        input('2025-03-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'),
        volumes([point('2025-04', 'REQUEST', 7)]),
      ),
    ]);
    await screen.findByRole('table', { hidden: true });
    await userEvent.setup().selectOptions(screen.getByLabelText('From'), '2025-03');
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/trends/volume?from=2025-03&to=2025-06',
    );
    expect(
      await screen.findByRole('table', {
        name: 'Items received per month by kind, Mar 2025 to Jun 2025',
      }),
    ).toBeInTheDocument();
  });

  it('says when the period in a link could not be used as it was', async () => {
    renderVolume('/trends/volume?from=2025-06&to=2025-01', [volumeMock(firstHalf2025, sixMonths)]);
    expect(
      await screen.findByText(/could not be used as it was, so Jan 2025 to Jun 2025 is shown/),
    ).toBeInTheDocument();
  });
});
