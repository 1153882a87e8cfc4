import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import { apiError, viewerMock } from '../../test/fixtures';
import { aKpi, aChange, aReviewPack, receiptRule } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, TEST_NOW, type Mock } from '../../test/render';
import { ReviewPackDocument, ReviewPackExportDocument } from './graphql/review';
import { ReviewNotesDocument, SaveReviewNotesDocument } from './graphql/review-notes';
import ReviewPage from './ReviewPage';

// The whole pack renders (charts load lazily) and the notes save after a pause in typing: on a
// busy CI machine that takes seconds, so waits get room to spare instead of jest's 5 s default.

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const october = { from: '2026-10-01', to: '2026-11-01', comparison: 'PREVIOUS' };

const filterOptions: Mock = {
  request: { query: FilterOptionsDocument },
  result: { data: { teams: [], policies: [], themes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Nobody wrote notes for any period, unless a test says otherwise. */
const noNotes: Mock = {
  request: { query: ReviewNotesDocument, variables: () => true },
  result: { data: { reviewNotes: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function packMock(input: Record<string, unknown>, result: Mock['result'], delay?: number): Mock {
  return { request: { query: ReviewPackDocument, variables: { input } }, result, delay };
}

const pack = (overrides: Record<string, unknown> = {}) => ({
  data: { reviewPack: aReviewPack(overrides) },
});

/**
 * Waits for what loads beside the pack (the notes, the lazy charts), so that no state update
 * lands after the test's last await, outside act().
 */
async function pageSettled(): Promise<void> {
  await waitFor(() => {
    expect(screen.getByLabelText(/^What was decided in the review of /)).toBeEnabled();
    expect(screen.queryByText(/^Loading the (review|charts)…$/)).not.toBeInTheDocument();
  });
}

function renderReview(route: string, mocks: Mock[], notes: Mock = noNotes) {
  return renderPage(<ReviewPage />, {
    route,
    path: '/review',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks: [viewerMock('MANAGER'), filterOptions, notes, ...mocks],
    routes: <Route path="/explorer" element={<p>The Explorer</p>} />,
  });
}

describe('ReviewPage', () => {
  it('says the review is loading', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack(), 30)]);
    expect(screen.getByText('Loading the review…')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Service review: Oct 2026' }),
    ).toBeInTheDocument();
    await pageSettled();
  });

  it('shows the headline figures with their change, each a link to the items behind it', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack())]);
    const tiles = await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
    await pageSettled();
    const labels = within(tiles)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(labels).toEqual([
      'Items received',
      'Complaints',
      'Negative sentiment',
      'Mean satisfaction (1–5)',
      'First responses on time',
      'Resolutions on time',
      'Median time to first response',
      'Open items at the end',
    ]);
    const complaints = within(tiles).getByRole('link', { name: 'Complaints: 361. Show the items' });
    expect(complaints).toHaveAttribute(
      'href',
      '/explorer?about=Complaints%2C+Oct+2026&d.receivedFrom=2026-10-01&d.receivedTo=2026-11-01&d.kinds=complaint',
    );
    // Every change names what it is judged against.
    expect(complaints.closest('.kpi-tile')).toHaveTextContent('+15% against Sep 2026 (worse)');
    expect(complaints.closest('.kpi-tile')).toHaveTextContent('Sep 2026: 313');
    // More items received is neither good nor bad news.
    const items = within(tiles).getByRole('link', { name: 'Items received: 985. Show the items' });
    expect(items.closest('.kpi-tile')).not.toHaveTextContent('(worse)');
    expect(screen.getByText('Compared with Sep 2026.', { exact: false })).toBeInTheDocument();
    // A rate says which of its items it opens: the late ones, not "on time".
    const late = within(tiles).getByRole('link', {
      name: /^First responses on time: .*\. Show the 77 late first responses/,
    });
    expect(late.getAttribute('href')).toContain('about=The+77+late+first+responses');
  });

  it('reconciles every pair of verdicts that disagree, each in a sentence beside the figures', async () => {
    const reconciliations = [
      {
        __typename: 'Reconciliation' as const,
        measure: 'complaints',
        text: 'Complaints fell 4% from Sep 2026, but in 5 Oct – 1 Nov 2026 they ran at 1.3× the usual weekly rate: judged against the same weeks (±3) of 2023–2025, alert.',
      },
      {
        __typename: 'Reconciliation' as const,
        measure: 'excuses',
        text: 'Replies with excuses fell 2.0 pts from Sep 2026, but the value is 12%: judged against fixed thresholds (watch at 5%, alert at 10%), alert.',
      },
    ];
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack({ reconciliations }))]);
    const region = await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
    await pageSettled();
    for (const { text } of reconciliations) {
      const note = within(region).getByText(text);
      expect(note.closest('.alert')).toHaveTextContent('Two verdicts, two baselines');
    }
  });

  it('has no reconciling sentence when the verdicts agree', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack())]);
    await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
    await pageSettled();
    expect(screen.queryByText('Two verdicts, two baselines')).not.toBeInTheDocument();
  });

  it('lists the warning signs most urgent first, each with its state in words and its records', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack())]);
    const list = await screen.findByRole('list', { name: 'Warning signs, most urgent first' });
    await pageSettled();
    const signs = within(list).getAllByRole('heading', { level: 3 });
    expect(signs.map((sign) => sign.textContent)).toEqual([
      'Staff turnover',
      'Blaming the customer',
      'Replies with excuses',
    ]);
    const turnover = signs[0].closest('li') as HTMLElement;
    expect(turnover).toHaveTextContent('Alert');
    expect(turnover).toHaveTextContent(
      'Staff turnover: 29% against fixed thresholds (watch at 15%, alert at 25%): alert (0% in Sep 2026, shown for context).',
    );
    expect(turnover).toHaveTextContent('Departure, Repairs & Installations, 23 Oct 2026');
    const excuses = signs[2].closest('li') as HTMLElement;
    expect(within(excuses).getByRole('link', { name: 'Show the items behind it' })).toHaveAttribute(
      'href',
      expect.stringContaining('d.flags=excuse'),
    );
  });

  it('opens the items behind a warning sign in the Explorer', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack())]);
    const list = await screen.findByRole('list', { name: 'Warning signs, most urgent first' });
    await pageSettled();
    const blame = within(list)
      .getByRole('heading', { name: 'Blaming the customer' })
      .closest('li') as HTMLElement;
    await userEvent
      .setup()
      .click(within(blame).getByRole('link', { name: 'Show the items behind it' }));
    expect(await screen.findByText('The Explorer')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/explorer?about=Blaming+the+customer%2C+Oct+2026&d.receivedFrom=2026-10-01&d.receivedTo=2026-11-01&d.flags=blame',
    );
  });

  it('shows rising themes, hotspots linked to their detail, staff load, the funnel and actions', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack())]);
    const rising = await screen.findByRole('region', { name: 'Rising themes' });
    await pageSettled();
    expect(rising).toHaveTextContent('Refunds and returns');
    // A rise says what it is judged against: the same weeks of past years.
    expect(rising).toHaveTextContent(
      'the usual weekly rate in 5 Oct – 1 Nov 2026, against the same weeks (±3) of 2023–2025: to watch.',
    );
    expect(within(rising).getByRole('link', { name: 'Show the 65 complaints' })).toHaveAttribute(
      'href',
      expect.stringContaining('d.themeIds='),
    );
    const hotspots = screen.getByRole('table', {
      name: 'Policies with the most friction, Oct 2026',
    });
    expect(within(hotspots).getByRole('link', { name: receiptRule.name })).toHaveAttribute(
      'href',
      `/policies?from=2026-10&to=2026-10&policy-view=${receiptRule.id}`,
    );
    const staff = screen.getByRole('table', { name: 'Load against capacity per team, Oct 2026' });
    expect(staff).toHaveTextContent('Only within “Other teams”');
    expect(
      screen.getByText(/Customer Care, Billing counted together as "Other teams"/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Complaint-handling protocol, Oct 2026', hidden: true }),
    ).toHaveTextContent('Acknowledged and apologised300');
    // Each step's change names the period it is judged against.
    const steps = screen.getByRole('list', { name: 'Each step against Sep 2026' });
    expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent(
      'Acknowledged and apologised, share of complaints: against Sep 2026.',
    );
    expect(
      screen.getByText('Internal waiting per item −84% against the expected level (better)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Review the original-receipt rule for refunds' }),
    ).toBeInTheDocument();
  });

  it('asks for the period, comparison and filter named in the URL', async () => {
    const team = '11111111-1111-4111-8111-111111111111';
    renderReview(`/review?from=2026-08&to=2026-10&compare=year-ago&team=${team}`, [
      packMock(
        {
          from: '2026-08-01',
          to: '2026-11-01',
          comparison: 'YEAR_AGO',
          filter: { teamIds: [team] },
        },
        pack(),
      ),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Service review: Oct 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Compared with')).toHaveValue('YEAR_AGO');
    await pageSettled();
  });

  it('says so when nothing was received in the period', async () => {
    const kpis = aReviewPack().kpis.map((kpi) =>
      kpi.key === 'items'
        ? aKpi('items', 'Items received', 0, 'COUNT', aChange(0, 10, '−100%'))
        : kpi,
    );
    renderReview('/review?from=2026-10&to=2026-10', [packMock(october, pack({ kpis }))]);
    expect(await screen.findByText('Nothing was received in Oct 2026')).toBeInTheDocument();
    await pageSettled();
  });

  it('explains a failure and loads again on request', async () => {
    renderReview('/review?from=2026-10&to=2026-10', [
      packMock(october, apiError('INTERNAL_SERVER_ERROR', 'boom')),
      packMock(october, pack()),
    ]);
    expect(await screen.findByText('The review could not be loaded')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('region', { name: 'Headline figures, Oct 2026' }),
    ).toBeInTheDocument();
    await pageSettled();
  });

  it('loads the period’s notes stored for the team, saves edits for everyone and prints them', async () => {
    const period = { from: '2026-10-01', to: '2026-11-01' };
    const stored = {
      __typename: 'ReviewNote' as const,
      id: 'note-1',
      ...period,
      text: 'Dana reviews the receipt rule by 30 Nov.',
      version: 2,
      updatedAt: `${TEST_NOW.slice(0, 10)}T14:32:00.000Z`,
      updatedBy: { __typename: 'ReviewNoteEditor' as const, id: 'user-2', name: 'Dana Whitfield' },
    };
    const edited = 'Dana reviews the receipt rule by 30 Nov. Sam books the room.';
    renderReview(
      '/review?from=2026-10&to=2026-10',
      [
        packMock(october, pack()),
        {
          request: {
            query: SaveReviewNotesDocument,
            variables: { input: { ...period, text: edited, expectedVersion: 2 } },
          },
          result: {
            data: {
              saveReviewNotes: {
                ...stored,
                text: edited,
                version: 3,
                updatedBy: { ...stored.updatedBy, id: 'user-1', name: 'Sam Lee' },
              },
            },
          },
        },
      ],
      {
        request: { query: ReviewNotesDocument, variables: period },
        result: { data: { reviewNotes: stored } },
      },
    );
    await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
    expect(await screen.findByText('Saved at 14:32 by Dana Whitfield.')).toBeInTheDocument();
    expect(screen.queryByText(/this browser/)).not.toBeInTheDocument();
    const notes = screen.getByLabelText('What was decided in the review of Oct 2026');
    const user = userEvent.setup();
    await user.click(notes);
    await user.paste(' Sam books the room.');
    expect(await screen.findByText(/^Saved at \d\d:\d\d by Sam Lee\.$/)).toBeInTheDocument();
    expect(window.localStorage).toHaveLength(0);
    expect(document.querySelector('.review-notes__print')).toHaveTextContent(edited);
  });

  describe('export', () => {
    let created: Blob[];
    beforeEach(() => {
      created = [];
      Object.assign(URL, {
        createObjectURL: jest.fn((blob: Blob) => {
          created.push(blob);
          return 'blob:review';
        }),
        revokeObjectURL: jest.fn(),
      });
      jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    });
    afterEach(() => jest.restoreAllMocks());

    it('downloads the pack as Markdown just as the API wrote it, notes included', async () => {
      const content =
        '# Service review — Oct 2026\n\n## Headlines\n\n## Notes and decisions\n\nDecided: review the receipt rule.\n';
      renderReview('/review?from=2026-10&to=2026-10', [
        packMock(october, pack()),
        {
          request: {
            query: ReviewPackExportDocument,
            variables: { input: { ...october, format: 'MARKDOWN' } },
          },
          result: {
            data: {
              reviewPackExport: {
                __typename: 'ExportFile',
                filename: 'fulcrum-review-2026-10.md',
                contentType: 'text/markdown',
                content,
                rows: 9,
                truncated: false,
              },
            },
          },
        },
      ]);
      await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
      await pageSettled();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Export Markdown' }));
      expect(await screen.findByText('Saved fulcrum-review-2026-10.md.')).toBeInTheDocument();
      expect(await readBlob(created[0])).toBe(content);
    });

    it('says when the export failed', async () => {
      renderReview('/review?from=2026-10&to=2026-10', [
        packMock(october, pack()),
        {
          request: {
            query: ReviewPackExportDocument,
            variables: { input: { ...october, format: 'CSV' } },
          },
          result: apiError('INTERNAL_SERVER_ERROR', 'boom'),
        },
      ]);
      await screen.findByRole('region', { name: 'Headline figures, Oct 2026' });
      await pageSettled();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText(/The pack could not be exported/)).toBeInTheDocument();
      expect(created).toHaveLength(0);
    });
  });
});
