import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { aForecast, TEAM_CARE, TEAM_REPAIRS } from './forecast-fixtures';
import ForecastPage from './ForecastPage';
import { ArrivalsForecastDocument } from './graphql/forecast';

function forecastMock(
  horizon: number,
  result: Mock['result'] = { data: aForecast(horizon) },
): Mock {
  return {
    request: {
      query: ArrivalsForecastDocument,
      variables: { input: { horizonWeeks: horizon, historyWeeks: 104 } },
    },
    result,
  };
}

function renderForecast(route: string, mocks: Mock[]) {
  return renderPage(<ForecastPage />, {
    route,
    path: '/forecast',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks,
    routes: <Route path="/explorer" element={<p>The Explorer</p>} />,
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';

describe('ForecastPage', () => {
  it('shows the most at-risk team first: the warning, the chart and its numbers', async () => {
    renderForecast('/forecast', [forecastMock(6)]);
    expect(
      await screen.findByText(
        'Expected arrivals exceed capacity (104 a week) in 6 of the next 6 weeks, by up to 8 items (8%) in the week of 16 Nov 2026.',
      ),
    ).toBeInTheDocument();
    const chart = screen.getByRole('region', { name: 'Repairs & Installations: arrivals a week' });
    expect(chart).toHaveTextContent('off by 4.2 items a week on average');
    const table = within(chart).getByRole('table', {
      name: 'Weekly arrivals and forecast, Repairs & Installations',
    });
    const future = within(table).getByRole('row', { name: /week of 16 Nov 2026 \(forecast\)/ });
    expect(future).toHaveTextContent('112');
    expect(future).toHaveTextContent('102–122');
    expect(future).toHaveTextContent('96–128');
    expect(future).toHaveTextContent('+8.4');
  });

  it("opens a past week's items in the Explorer", async () => {
    renderForecast('/forecast', [forecastMock(6)]);
    const chart = await screen.findByRole('region', {
      name: 'Repairs & Installations: arrivals a week',
    });
    const week = within(chart).getByRole('row', { name: /^week of 9 Nov 2026/ });
    await userEvent.click(within(week).getByRole('link'));
    expect(location()).toContain('/explorer?');
    expect(decodeURIComponent(location())).toContain('d.receivedFrom=2026-11-09');
    expect(decodeURIComponent(location())).toContain('d.receivedTo=2026-11-16');
    expect(decodeURIComponent(location())).toContain('d.teamIds=');
  });

  it('keeps the team and the horizon in the URL', async () => {
    renderForecast(`/forecast?team=${TEAM_CARE}&weeks=8`, [forecastMock(8), forecastMock(4)]);
    expect(
      await screen.findByRole('region', { name: 'Customer Care: arrivals a week' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('row', { name: /\(forecast\)/ })).toHaveLength(8);

    await userEvent.selectOptions(screen.getByLabelText('Weeks ahead'), '4');
    expect(location()).toContain('weeks=4');
    expect(await screen.findAllByRole('row', { name: /\(forecast\)/ })).toHaveLength(4);

    await userEvent.selectOptions(screen.getByLabelText('Team'), TEAM_REPAIRS);
    expect(location()).toContain(`team=${TEAM_REPAIRS}`);
    expect(
      await screen.findByRole('region', { name: 'Repairs & Installations: arrivals a week' }),
    ).toBeInTheDocument();
  });

  it('lists every team by risk, each opening its forecast', async () => {
    renderForecast('/forecast', [forecastMock(6)]);
    const overview = await screen.findByRole('region', { name: 'Every team, most at risk first' });
    const rows = within(overview).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Over capacity'),
      expect.stringContaining('Within capacity'),
    ]);
    await userEvent.click(within(overview).getByRole('button', { name: 'Customer Care' }));
    expect(location()).toContain(`team=${TEAM_CARE}`);
  });

  it('says what went wrong when the forecast cannot be loaded', async () => {
    renderForecast('/forecast', [forecastMock(6, apiError('FORBIDDEN', 'Not allowed'))]);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
