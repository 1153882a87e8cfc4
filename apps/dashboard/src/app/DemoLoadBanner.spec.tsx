import { screen, waitFor } from '@testing-library/react';
import { aSession, aSessionStore, renderPage, type Mock } from '../test/render';
import { DemoLoadBanner, DemoLoadProgressDocument } from './DemoLoadBanner';

const progress = (
  loaded: number,
  finishedAt: string | null = null,
  failure: string | null = null,
  maxUsageCount = 1,
): Mock => ({
  request: { query: DemoLoadProgressDocument },
  result: { data: { demoLoadProgress: { loaded, total: 50_000, finishedAt, failure } } },
  maxUsageCount,
});

const renderBanner = (mocks: Mock[]) =>
  renderPage(<DemoLoadBanner pollMs={20} />, {
    route: '/',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks,
  });

describe('DemoLoadBanner', () => {
  it('follows the background load of the demo items and goes away when it is done', async () => {
    renderBanner([
      progress(5_000),
      progress(20_000),
      progress(50_000, '2026-12-07T12:00:00.000Z', null, Number.POSITIVE_INFINITY),
    ]);
    const bar = await screen.findByRole('progressbar', { name: 'Demo items loaded' });
    expect(bar).toHaveAttribute('aria-valuenow', '5000');
    expect(await screen.findByText(/20,000 of 50,000/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.queryByText('Loading the demo data')).not.toBeInTheDocument();
  });

  it('says when the load stopped, with the reason', async () => {
    renderBanner([progress(7_000, null, 'The database is unavailable')]);
    expect(await screen.findByText('The demo data stopped loading')).toBeInTheDocument();
    expect(screen.getByText(/The database is unavailable\. The server log/)).toBeInTheDocument();
  });

  it('shows nothing when no demo load was started', async () => {
    renderBanner([
      {
        request: { query: DemoLoadProgressDocument },
        result: { data: { demoLoadProgress: null } },
      },
    ]);
    await waitFor(() => expect(screen.queryByText(/demo data/)).not.toBeInTheDocument());
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
