import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterOptionsDocument } from '../organisation/graphql/options';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSeries, aTrends, care, repairs } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { SplitTrendsDocument, TrendsDocument } from './graphql/trends';
import { MAX_LINES } from './trends-shape';
import TrendsPage from './TrendsPage';

const flags = (metric: string) => ({
  volume: metric === 'volume',
  complaints: metric === 'complaints',
  negativeShare: metric === 'negativeShare',
  sentiment: metric === 'sentiment',
  satisfaction: metric === 'satisfaction',
});

const halfYear = { from: '2026-05-01', to: '2026-11-01', comparison: 'PREVIOUS', interval: 'WEEK' };

function trendsMock(input: Record<string, unknown>, metric: string, result: Mock['result']): Mock {
  return { request: { query: TrendsDocument, variables: { input, ...flags(metric) } }, result };
}

const filterOptions: Mock = {
  request: { query: FilterOptionsDocument },
  result: {
    data: {
      teams: [repairs, care].map((team) => ({ ...team, __typename: 'Team' })),
      policies: [],
      themes: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderTrends(route: string, mocks: Mock[]) {
  return renderPage(<TrendsPage />, {
    route,
    path: '/trends',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [viewerMock('PROCESS_OWNER'), filterOptions, ...mocks],
  });
}

describe('TrendsPage', () => {
  it('charts the metric against the comparison period, actions marked, every bucket a link', async () => {
    renderTrends('/trends?from=2026-05&to=2026-10', [
      trendsMock(halfYear, 'complaints', { data: { trends: aTrends() } }),
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Complaints', level: 2 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Complaints: lines' })).toHaveTextContent(
      'May – Oct 2026Nov 2025 – Apr 2026 (comparison)',
    );
    expect(
      screen.getByRole('list', { name: 'Improvement actions marked on the chart' }),
    ).toHaveTextContent('◆1Started 7 Oct 2026: Recruit three engineers');
    const table = screen.getByRole('table', {
      name: 'Complaints, May – Oct 2026, per week',
      hidden: true,
    });
    expect(within(table).getAllByRole('link', { hidden: true })[0]).toHaveAttribute(
      'href',
      expect.stringContaining('about=Complaints%2C+week+of+2026-09-28'),
    );
    // A week the period covers only in part is named so in the table and under the chart.
    expect(within(table).getAllByRole('rowheader', { hidden: true })[0]).toHaveTextContent(
      'week of 2026-09-28 (partial week: 4 of 7 days)',
    );
    expect(screen.getByText(/^Hollow points cover only part/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Items per month' })).toHaveAttribute(
      'href',
      '/trends/volume',
    );
  });

  it('switches metric and buckets through the URL', async () => {
    const satisfaction = (interval: string) => ({
      data: {
        trends: {
          ...aTrends({ interval }),
          complaints: undefined,
          satisfaction: aSeries('SATISFACTION', 'Mean satisfaction (1–5)', 'RATING', [[3.6, 3.5]]),
        },
      },
    });
    renderTrends('/trends?from=2026-05&to=2026-10', [
      trendsMock(halfYear, 'complaints', { data: { trends: aTrends() } }),
      trendsMock(halfYear, 'satisfaction', satisfaction('WEEK')),
      trendsMock({ ...halfYear, interval: 'MONTH' }, 'satisfaction', satisfaction('MONTH')),
    ]);
    await screen.findByRole('heading', { name: 'Complaints', level: 2 });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Metric'), 'SATISFACTION');
    await user.selectOptions(screen.getByLabelText('Buckets'), 'MONTH');
    expect(screen.getByTestId('location')).toHaveTextContent('metric=satisfaction&every=month');
    expect(
      await screen.findByRole('heading', { name: 'Mean satisfaction (1–5)', level: 2 }),
    ).toBeInTheDocument();
  });

  it('splits a metric into one line per team with one request, each line’s total a link', async () => {
    const line = (team: typeof care, value: number) => ({
      __typename: 'SplitTrendLine' as const,
      subject: team,
      channel: null,
      kind: null,
      series: aSeries('COMPLAINTS', 'Complaints', 'COUNT', [[value, value]]),
    });
    const answer = aTrends();
    renderTrends('/trends?from=2026-05&to=2026-10&split=team', [
      {
        request: {
          query: SplitTrendsDocument,
          variables: {
            input: { ...halfYear, split: 'TEAM', metric: 'COMPLAINTS', limit: MAX_LINES },
          },
        },
        result: {
          data: {
            splitTrends: {
              __typename: 'SplitTrends' as const,
              period: answer.period,
              comparisonPeriod: answer.comparisonPeriod,
              interval: 'WEEK',
              total: 11,
              lines: [line(care, 40), line(repairs, 12)],
              markers: answer.markers,
            },
          },
        },
      },
    ]);
    const totals = await screen.findByRole('list', { name: 'Whole period, May – Oct 2026' });
    expect(
      within(totals)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Customer Care 40/),
      expect.stringMatching(/^Repairs & Installations 12/),
    ]);
    expect(screen.getByRole('heading', { name: 'Complaints by team' })).toBeInTheDocument();
    // The API says how many lines there were; the page says it kept the first ones.
    expect(screen.getByText(/^Showing 2 of 11 by name/)).toBeInTheDocument();
    // The first week of the period is partial, and says so.
    expect(screen.getByText(/^Hollow points cover only part of their bucket/)).toHaveTextContent(
      '28 Sept, partial week: 4 of 7 days',
    );
  });

  it('explains a failure with a retry', async () => {
    renderTrends('/trends?from=2026-05&to=2026-10', [
      trendsMock(halfYear, 'complaints', apiError('INTERNAL_SERVER_ERROR', 'boom')),
    ]);
    expect(await screen.findByText('The trend could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('says so when nothing matched', async () => {
    renderTrends('/trends?from=2026-05&to=2026-10', [
      trendsMock(halfYear, 'complaints', {
        data: {
          trends: aTrends({
            complaints: aSeries('COMPLAINTS', 'Complaints', 'COUNT', [[null, null]]),
          }),
        },
      }),
    ]);
    expect(await screen.findByText('Nothing to chart in May – Oct 2026')).toBeInTheDocument();
  });
});
