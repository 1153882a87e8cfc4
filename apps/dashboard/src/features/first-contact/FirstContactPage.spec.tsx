import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, viewerMock } from '../../test/fixtures';
import { aDrilldown, october, receiptRule, repairs } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import FirstContactPage from './FirstContactPage';
import { firstContactCsv } from './first-contact-shape';
import { FirstContactDocument } from './graphql/first-contact';

const input = (grain = 'WEEK') => ({
  from: '2026-10-01',
  to: '2026-11-01',
  comparison: 'PREVIOUS',
  grain,
});
const count = (n: number, drilldown = {}) => ({
  __typename: 'ItemCount' as const,
  count: n,
  drilldown: aDrilldown(drilldown),
});
const share = (successes: number, trials: number) => ({
  __typename: 'Share' as const,
  successes,
  trials,
  share: trials ? successes / trials : null,
  lower: null,
  upper: null,
});

function figures(first: number, later: number, escalated: number, referred: number, undecided = 3) {
  const decided = first + later + escalated + referred;
  return {
    __typename: 'FirstContactFigures' as const,
    decided,
    items: count(decided + undecided),
    firstContact: count(first, { firstContact: 'FIRST_CONTACT' }),
    later: count(later, { firstContact: 'LATER' }),
    escalated: count(escalated, { firstContact: 'ESCALATED' }),
    referred: count(referred, { firstContact: 'REFERRED' }),
    undecided: count(undecided, { firstContact: 'UNDECIDED' }),
    exceptionsAtFirstContact: count(2, {
      firstContact: 'FIRST_CONTACT',
      eventTypes: ['EXCEPTION_GRANTED'],
    }),
    firstContactShare: share(first, decided),
    escalatedShare: share(escalated, decided),
  };
}

function aFirstContact(items = true) {
  return {
    __typename: 'FirstContact' as const,
    period: october,
    definition:
      'Decided at first contact: the item carries a decision other than escalated or referred.',
    grain: 'WEEK' as const,
    overall: items ? figures(60, 20, 15, 5) : figures(0, 0, 0, 0, 0),
    byTeam: [
      { ...repairs, __typename: 'FirstContactGroup' as const, figures: figures(30, 10, 8, 2) },
    ],
    byPolicy: [
      { ...receiptRule, __typename: 'FirstContactGroup' as const, figures: figures(4, 1, 5, 0) },
    ],
    trend: [
      {
        __typename: 'FirstContactPoint' as const,
        from: '2026-10-01',
        to: '2026-10-05',
        label: 'w/c 28 Sept',
        figures: figures(8, 2, 1, 1),
      },
    ],
  };
}

const filterOptions: Mock = {
  request: { query: FilterOptionsDocument },
  result: { data: { teams: [], policies: [], themes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const mock = (result: Mock['result'], grain = 'WEEK'): Mock => ({
  request: { query: FirstContactDocument, variables: { input: input(grain) } },
  result,
});

function renderFirstContact(mocks: Mock[]) {
  return renderPage(<FirstContactPage />, {
    route: '/first-contact?from=2026-10&to=2026-10',
    path: '/first-contact',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [viewerMock('PROCESS_OWNER'), filterOptions, ...mocks],
  });
}

describe('FirstContactPage', () => {
  it('gives the share decided at first contact of the decided items, each count opening its items', async () => {
    renderFirstContact([mock({ data: { firstContact: aFirstContact() } })]);
    const figuresRegion = await screen.findByRole('region', {
      name: 'Where decisions were given, Oct 2026',
    });
    expect(figuresRegion).toHaveTextContent('60 of 100 decided items');
    expect(
      within(figuresRegion).getByRole('link', {
        name: 'Decided at first contact: 60%. Show the items',
      }),
    ).toHaveAttribute('href', expect.stringContaining('d.firstContact=first_contact'));
    expect(
      within(figuresRegion).getByRole('link', {
        name: 'Exceptions at first contact: 2. Show the items',
      }),
    ).toHaveAttribute('href', expect.stringContaining('d.eventTypes=exception_granted'));
    expect(figuresRegion).toHaveTextContent(
      'Decided at first contact: the item carries a decision',
    );
  });

  it('breaks the shares down by team and policy, with links to each count', async () => {
    renderFirstContact([mock({ data: { firstContact: aFirstContact() } })]);
    const policies = await screen.findByRole('table', {
      name: 'Where decisions were given, by policy',
    });
    const row = within(policies).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Refunds need a receipt');
    expect(row).toHaveTextContent('40%');
    expect(within(row).getByRole('link', { name: '5' })).toHaveAttribute(
      'href',
      expect.stringContaining('d.firstContact=escalated'),
    );
    expect(
      screen.getByRole('table', { name: 'Where decisions were given, by team' }),
    ).toHaveTextContent('Repairs & Installations');
  });

  it('keeps the trend grain in the address', async () => {
    renderFirstContact([
      mock({ data: { firstContact: aFirstContact() } }),
      mock({ data: { firstContact: { ...aFirstContact(), grain: 'MONTH' } } }, 'MONTH'),
    ]);
    await screen.findByRole('table', { name: 'Where decisions were given, by week' });
    await userEvent.selectOptions(screen.getByLabelText('Trend by'), 'MONTH');
    expect(screen.getByTestId('location').textContent).toContain('grain=month');
    expect(
      await screen.findByRole('table', { name: 'Where decisions were given, by month' }),
    ).toBeInTheDocument();
  });

  it('says when no item came in', async () => {
    renderFirstContact([mock({ data: { firstContact: aFirstContact(false) } })]);
    expect(await screen.findByText('No item came in during Oct 2026')).toBeInTheDocument();
  });

  it('shows the error when the figures cannot be read', async () => {
    renderFirstContact([mock(apiError('FORBIDDEN', 'Your role may not do this.'))]);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });
});

describe('firstContactCsv', () => {
  it('writes every row with its counts and shares', () => {
    const csv = firstContactCsv(aFirstContact() as never);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'grouping,name,items,decided,at first contact,later,escalated,referred,exceptions at first contact,not decided,share decided at first contact,share escalated',
    );
    expect(lines[1]).toBe('overall,Oct 2026,103,100,60,20,15,5,2,3,0.6,0.15');
    expect(lines.map((line) => line.split(',')[0])).toEqual([
      'grouping',
      'overall',
      'team',
      'policy',
      'week',
    ]);
  });
});
