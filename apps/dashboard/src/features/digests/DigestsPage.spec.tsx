import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import DigestsPage from './DigestsPage';
import {
  DigestDocument,
  DigestsDocument,
  DigestSubscriptionDocument,
  UpdateDigestSubscriptionDocument,
} from './graphql/digests';

const DIGEST_ID = 'd1d1d1d1-aaaa-4aaa-8aaa-d1d1d1d1d1d1';
const OCTOBER = {
  __typename: 'PeriodRange' as const,
  from: '2026-10-01',
  to: '2026-11-01',
  label: 'Oct 2026',
};

const subscription = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'DigestSubscriptionView' as const,
  enabled: false,
  frequency: 'MONTHLY',
  email: 'manager@example.org',
  transport: 'SMTP',
  latestPeriod: OCTOBER,
  ...overrides,
});

const subscriptionMock = (view = subscription()): Mock => ({
  request: { query: DigestSubscriptionDocument },
  result: { data: { digestSubscription: view } },
});

const listMock = (digests: unknown[], times = 1): Mock => ({
  request: { query: DigestsDocument, variables: { take: 50 } },
  result: { data: { digests } },
  maxUsageCount: times,
});

const aDigest = {
  __typename: 'DigestSummary' as const,
  id: DIGEST_ID,
  frequency: 'MONTHLY',
  subject: 'Fulcrum monthly review digest: Oct 2026',
  recipient: 'manager@example.org',
  transport: 'OUTBOX',
  sentAt: '2026-11-01T00:05:00.000Z',
  period: OCTOBER,
};

const openMock: Mock = {
  request: { query: DigestDocument, variables: { id: DIGEST_ID } },
  result: {
    data: {
      digest: {
        __typename: 'DigestMessage',
        id: DIGEST_ID,
        subject: aDigest.subject,
        text: 'Monthly review digest — Oct 2026\n- Complaints: 202, −0.5% against Sep 2026 (203): better.',
        html: '<html><head><title>x</title></head><body><h1>Monthly review digest</h1></body></html>',
      },
    },
  },
};

function renderDigests(route: string, mocks: Mock[]) {
  return renderPage(<DigestsPage />, {
    route,
    path: '/digests',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks,
  });
}

describe('DigestsPage', () => {
  it('lists past digests and opens the one named in the URL, as it was sent', async () => {
    renderDigests(`/digests?open=${DIGEST_ID}`, [
      subscriptionMock(),
      listMock([aDigest]),
      openMock,
    ]);
    const past = await screen.findByRole('region', { name: 'Past digests' });
    const row = (
      await within(past).findByRole('link', { name: 'Open the digest of Oct 2026' })
    ).closest('tr')!;
    expect(row).toHaveTextContent('Monthly');
    expect(row).toHaveTextContent('Outbox');
    expect(row).toHaveAttribute('aria-current', 'true');

    const frame = await screen.findByTitle(aDigest.subject);
    expect(frame.getAttribute('srcdoc')).toContain('<base target="_top">');
    expect(frame).toHaveAttribute('sandbox', 'allow-top-navigation-by-user-activation');
    expect(screen.getByText(/Complaints: 202, −0.5% against Sep 2026/)).toBeInTheDocument();
  });

  it('turns the digest on weekly and says what will arrive and where', async () => {
    const user = userEvent.setup();
    renderDigests('/digests', [
      subscriptionMock(),
      listMock([], 2),
      {
        request: {
          query: UpdateDigestSubscriptionDocument,
          variables: { input: { enabled: true, frequency: 'WEEKLY' } },
        },
        result: {
          data: {
            updateDigestSubscription: subscription({
              enabled: true,
              frequency: 'WEEKLY',
              latestPeriod: {
                ...OCTOBER,
                from: '2026-11-09',
                to: '2026-11-16',
                label: '9 Nov – 15 Nov 2026',
              },
            }),
          },
        },
      },
    ]);
    expect(await screen.findByText('No digest yet')).toBeInTheDocument();
    await user.click(await screen.findByLabelText(/Send me the review digest/));
    await user.selectOptions(screen.getByLabelText('How often'), 'WEEKLY');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/^Saved\./)).toHaveTextContent(
      'Saved. The digest of 9 Nov – 15 Nov 2026 goes to manager@example.org within minutes unless it was sent already, then one each Monday.',
    );
  });

  it('says when there is no mail server and digests stay in the outbox', async () => {
    renderDigests('/digests', [
      subscriptionMock(subscription({ transport: 'OUTBOX' })),
      listMock([]),
    ]);
    expect(await screen.findByText(/No mail server is configured/)).toBeInTheDocument();
  });

  it('shows the refusal when saving fails', async () => {
    const user = userEvent.setup();
    renderDigests('/digests', [
      subscriptionMock(),
      listMock([]),
      {
        request: {
          query: UpdateDigestSubscriptionDocument,
          variables: { input: { enabled: false, frequency: 'MONTHLY' } },
        },
        result: apiError('FORBIDDEN', 'Only managers receive the review digest'),
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role does not give access to this.',
    );
  });

  it('shows an error with a retry when the list cannot be loaded', async () => {
    renderDigests('/digests', [
      subscriptionMock(),
      { request: { query: DigestsDocument, variables: { take: 50 } }, error: new Error('offline') },
    ]);
    expect(await screen.findByText('Your digests could not be loaded')).toBeInTheDocument();
  });
});
