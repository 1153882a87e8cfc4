import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { apiError } from '../../test/fixtures';
import { aDrilldown } from '../../test/insight-fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import EmergingTopicsPage from './EmergingTopicsPage';
import { EmergingTopicsDocument, PromoteEmergingTopicDocument } from './graphql/emerging-topics';

const OCTOBER = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };
const ids = ['a', 'b', 'c'].map((c) => `${c.repeat(8)}-aaaa-4aaa-8aaa-${c.repeat(12)}`);

const anExample = (id: string, text: string, receivedAt: string) => ({
  __typename: 'Item' as const,
  id,
  receivedAt,
  displayText: text,
});

const meterTopic = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'EmergingTopic' as const,
  phrase: 'smart meter app',
  score: 0.41,
  items: 7,
  baselineItems: 0,
  drilldownCount: 7,
  drilldown: aDrilldown({ receivedFrom: null, receivedTo: null, itemIds: ids }),
  examples: [
    anExample(ids[0], 'The smart meter app logs me out, write to [EMAIL].', '2026-10-28T09:00:00Z'),
    anExample(ids[1], 'Smart meter app shows no readings.', '2026-10-20T09:00:00Z'),
    anExample(ids[2], 'Is the smart meter app down?', '2026-10-11T09:00:00Z'),
  ],
  ...overrides,
});

function topicsMock(baselineDays: number, topics: unknown[], times = 1): Mock {
  return {
    request: {
      query: EmergingTopicsDocument,
      variables: { input: { ...OCTOBER, baselineDays, limit: 20 } },
    },
    result: { data: { emergingTopics: topics } },
    maxUsageCount: times,
  };
}

function promoteMock(input: Record<string, unknown>, result: Mock['result']): Mock {
  return { request: { query: PromoteEmergingTopicDocument, variables: { input } }, result };
}

function renderTopics(route: string, mocks: Mock[]) {
  return renderPage(<EmergingTopicsPage />, {
    route,
    path: '/topics',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks,
    routes: <Route path="/explorer" element={<p>The Explorer</p>} />,
  });
}

const location = () => screen.getByTestId('location').textContent ?? '';

describe('EmergingTopicsPage', () => {
  it('lists each candidate with its counts, a drill-down to its items and masked examples', async () => {
    renderTopics('/topics?from=2026-10&to=2026-10', [topicsMock(90, [meterTopic()])]);
    const card = await screen.findByRole('region', { name: '“smart meter app”' });
    expect(card).toHaveTextContent(
      '7 untagged items in Oct 2026, against 0 in the 90 days before.',
    );
    const count = within(card).getByRole('link', {
      name: '7 untagged items in Oct 2026. Show the 7 items',
    });
    expect(count.getAttribute('href')).toContain(`d.itemIds=${ids[0]}`);
    const examples = within(card).getByRole('list', { name: 'Examples of “smart meter app”' });
    expect(within(examples).getAllByRole('listitem')).toHaveLength(3);
    expect(examples).toHaveTextContent('write to [EMAIL]');
    expect(within(examples).getByRole('link', { name: '28 Oct 2026' })).toHaveAttribute(
      'href',
      `/explorer/items/${ids[0]}`,
    );
  });

  it('says when the drill-down opens only the newest items of a larger topic', async () => {
    renderTopics('/topics?from=2026-10&to=2026-10', [
      topicsMock(90, [meterTopic({ items: 240, drilldownCount: 100 })]),
    ]);
    expect(
      await screen.findByRole('link', {
        name: '240 untagged items in Oct 2026. Show the newest 100 of 240 items',
      }),
    ).toBeInTheDocument();
  });

  it('keeps the baseline in the URL and asks for it', async () => {
    const user = userEvent.setup();
    renderTopics('/topics?from=2026-10&to=2026-10', [
      topicsMock(90, [meterTopic()]),
      topicsMock(365, []),
    ]);
    await screen.findByRole('region', { name: '“smart meter app”' });
    await user.selectOptions(screen.getByLabelText('Compared with'), 'the 365 days before');
    expect(await screen.findByText('No emerging topic in Oct 2026')).toBeInTheDocument();
    expect(location()).toBe('/topics?from=2026-10&to=2026-10&baseline=365');
  });

  it('promotes a topic with the examples left ticked, then says so and reloads the list', async () => {
    const user = userEvent.setup();
    renderTopics('/topics?from=2026-10&to=2026-10&baseline=180', [
      topicsMock(180, [meterTopic()]),
      promoteMock(
        { name: 'Meter app log-outs', phrase: 'smart meter app', itemIds: [ids[0], ids[2]] },
        {
          data: {
            promoteEmergingTopic: {
              __typename: 'Theme',
              id: 'theme-1',
              name: 'Meter app log-outs',
              keywords: ['smart meter app'],
            },
          },
        },
      ),
      topicsMock(180, []),
    ]);
    const card = await screen.findByRole('region', { name: '“smart meter app”' });
    await user.click(within(card).getByRole('button', { name: 'Promote to theme' }));
    const form = within(card).getByRole('form', { name: 'Promote “smart meter app” to a theme' });
    const name = within(form).getByLabelText('Theme name');
    expect(name).toHaveValue('Smart meter app');
    await user.clear(name);
    await user.type(name, 'Meter app log-outs');
    await user.click(within(form).getByLabelText('Smart meter app shows no readings.'));
    await user.click(within(form).getByRole('button', { name: 'Create the theme' }));
    const done = await screen.findByText(/^Theme “Meter app log-outs” created\./);
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByText('No emerging topic in Oct 2026')).toBeInTheDocument();
  });

  it('asks for a name and a ticked example before it sends anything', async () => {
    const user = userEvent.setup();
    renderTopics('/topics?from=2026-10&to=2026-10', [topicsMock(90, [meterTopic()])]);
    const card = await screen.findByRole('region', { name: '“smart meter app”' });
    await user.click(within(card).getByRole('button', { name: 'Promote to theme' }));
    await user.clear(within(card).getByLabelText('Theme name'));
    await user.click(within(card).getByRole('button', { name: 'Create the theme' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Give the theme a name.');
    await user.type(within(card).getByLabelText('Theme name'), 'Meter app');
    for (const text of [
      'The smart meter app logs me out, write to [EMAIL].',
      'Smart meter app shows no readings.',
      'Is the smart meter app down?',
    ])
      await user.click(within(card).getByLabelText(text));
    await user.click(within(card).getByRole('button', { name: 'Create the theme' }));
    expect(within(card).getByRole('alert')).toHaveTextContent(
      'Tick at least one example that is about this topic.',
    );
  });

  it('shows a taken name as a problem with the name', async () => {
    const user = userEvent.setup();
    renderTopics('/topics?from=2026-10&to=2026-10', [
      topicsMock(90, [meterTopic()]),
      promoteMock(
        { name: 'Smart meter app', phrase: 'smart meter app', itemIds: ids },
        apiError('CONFLICT', 'A theme with this name exists', [
          { field: 'name', rule: 'unique', message: 'name is already taken' },
        ]),
      ),
    ]);
    const card = await screen.findByRole('region', { name: '“smart meter app”' });
    await user.click(within(card).getByRole('button', { name: 'Promote to theme' }));
    await user.click(within(card).getByRole('button', { name: 'Create the theme' }));
    await waitFor(() =>
      expect(within(card).getByRole('alert')).toHaveTextContent(
        'A theme with this name already exists. Choose another name.',
      ),
    );
    expect(within(card).getByLabelText('Theme name')).toHaveAccessibleDescription(
      expect.stringContaining('name is already taken'),
    );
  });
});
