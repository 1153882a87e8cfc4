import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import {
  aThemeTag,
  anItemDetail,
  COMPLAINT_TEXT,
  explorerOptions,
} from '../../test/explorer-fixtures';
import { apiError, viewerMock } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import {
  CorrectItemThemesDocument,
  ExplorerOptionsDocument,
  ItemDetailDocument,
  ItemRawTextDocument,
  ReviewItemFlagDocument,
} from './graphql/items';
import ItemDetailPage from './ItemDetailPage';

const optionsMock: Mock = {
  request: { query: ExplorerOptionsDocument },
  result: { data: explorerOptions },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const detailMock = (result: Mock['result']): Mock => ({
  request: { query: ItemDetailDocument, variables: { id: 'item-1' } },
  result,
});

function renderItem(mocks: Mock[], route = '/explorer/items/item-1?kind=complaint') {
  return renderPage(<ItemDetailPage />, {
    route,
    path: '/explorer/items/:id',
    store: aSessionStore(aSession({ role: 'MANAGER' })),
    mocks: [viewerMock('MANAGER'), optionsMock, ...mocks],
    routes: <Route path="/explorer" element={<p>The list</p>} />,
  });
}

const marksIn = (element: HTMLElement) =>
  [...element.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.className]);

describe('ItemDetailPage', () => {
  it('marks the analysis’s evidence in the redacted text, each kind its own way, with a legend', async () => {
    renderItem([detailMock({ data: { item: anItemDetail() } })]);
    expect(
      await screen.findByRole('heading', { name: 'Complaint ITEM1', level: 1 }),
    ).toBeInTheDocument();
    const text = screen.getByText((_, element) => element?.className === 'evidence__text');
    expect(text).toHaveTextContent(COMPLAINT_TEXT);
    expect(marksIn(text)).toEqual([
      ['proof of purchase', 'ev ev--theme ev--flag ev--policy'],
      [' policy', 'ev ev--flag ev--policy'],
      ['Awful', 'ev ev--negative'],
    ]);
    const legend = screen.getByRole('group', { name: 'Highlight' });
    expect(
      within(legend)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual([
      'abcTheme words',
      'abcWarning signs and cues',
      'abcPolicy mentions',
      'abcNegative words',
    ]);
  });

  it('hides a kind of evidence when its legend entry is unticked', async () => {
    renderItem([detailMock({ data: { item: anItemDetail() } })]);
    await userEvent
      .setup()
      .click(await screen.findByRole('checkbox', { name: /Warning signs and cues/ }));
    const text = screen.getByText((_, element) => element?.className === 'evidence__text');
    expect(marksIn(text)).toEqual([
      ['proof of purchase', 'ev ev--theme ev--policy'],
      [' policy', 'ev ev--policy'],
      ['Awful', 'ev ev--negative'],
    ]);
  });

  it('lists what the analysis found in words, and the signs found in staff replies on the timeline', async () => {
    renderItem([detailMock({ data: { item: anItemDetail() } })]);
    const analysis = await screen.findByRole('region', { name: 'What the analysis found' });
    expect(analysis).toHaveTextContent('score −0.88 on a scale from −1 to +1, 90% confident');
    expect(analysis).toHaveTextContent('Refunds and returns score 0.94“proof of purchase”');
    expect(analysis).toHaveTextContent('in the text: “proof of purchase policy”');
    expect(analysis).toHaveTextContent('in the timeline: “due to our policy”');
    expect(analysis).toHaveTextContent(
      'Refunds need a receipt as “proof of purchase policy”, 100% confident',
    );
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const reply = within(timeline).getAllByRole('listitem')[1];
    expect(reply).toHaveTextContent('Staff reply');
    expect(reply.querySelector('mark')).toHaveTextContent('due to our policy');
    expect(within(reply).getByRole('list', { name: 'Found in this entry' })).toHaveTextContent(
      'Excuse (warning sign)',
    );
  });

  it('shows only the day of an anonymous staff report, never a time', async () => {
    const item = anItemDetail({ anonymous: true, receivedAt: '2026-11-20T00:00:00.000Z' });
    renderItem([
      detailMock({
        data: {
          item: {
            ...item,
            analysis: { ...item.analysis!, analysedAt: '2026-11-20T00:00:00.000Z' },
          },
        },
      }),
    ]);
    const analysis = await screen.findByRole('region', { name: 'What the analysis found' });
    expect(analysis).toHaveTextContent('Analysed 20 November 2026 by');
    expect(screen.getAllByText(/Received 20 November 2026/)[0]).not.toHaveTextContent(/\d:\d/);
  });

  it('links its team, policy and customer to the items that share them', async () => {
    renderItem([detailMock({ data: { item: anItemDetail() } })]);
    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Customer Care' })).toHaveAttribute(
      'href',
      '/explorer?team=team-care',
    );
    expect(within(details).getByRole('link', { name: /C-002513/ })).toHaveAttribute(
      'href',
      '/explorer?customer=C-002513',
    );
  });

  it('saves an analyst’s theme correction and shows the themes as set by a person', async () => {
    const billing = aThemeTag('theme-billing', 'Billing errors', {
      origin: 'CORRECTION',
      score: 1,
    });
    const original = anItemDetail();
    const corrected = anItemDetail({
      themes: [billing],
      analysis: { ...original.analysis, themes: [{ ...billing, evidence: [] }] },
    });
    renderItem([
      detailMock({ data: { item: anItemDetail() } }),
      {
        request: {
          query: CorrectItemThemesDocument,
          variables: { input: { itemId: 'item-1', themeIds: ['theme-billing'] } },
        },
        result: { data: { correctItemThemes: corrected } },
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Correct the themes' });
    // The card shows before the themes it lists have loaded.
    const refunds = await within(card).findByRole('checkbox', { name: /Refunds and returns/ });
    // The item's own themes are listed first, so they are in view.
    expect(within(card).getAllByRole('checkbox')[0]).toBe(refunds);
    expect(refunds).toBeChecked();
    expect(within(card).getByRole('button', { name: 'Save themes' })).toBeDisabled();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('checkbox', { name: /Refunds and returns/ }));
    await user.click(within(card).getByRole('checkbox', { name: /Billing errors/ }));
    expect(card).toHaveTextContent('Adds Billing errors. Removes Refunds and returns.');
    await user.click(within(card).getByRole('button', { name: 'Save themes' }));
    expect(
      await within(card).findByText(
        'Saved: Billing errors. The correction is kept and will train the next theme model.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What the analysis found' })).toHaveTextContent(
      /Billing errors ✎Set by a person/,
    );
    expect(within(card).getByRole('checkbox', { name: /Billing errors/ })).toBeChecked();
  });

  it('rejects a warning sign, says the verdict is kept, and offers to restore it', async () => {
    const original = anItemDetail();
    const reviewed = anItemDetail({
      flags: ['POLICY_FRICTION'],
      analysis: {
        ...original.analysis,
        flags: original.analysis.flags.filter((flag) => flag.type !== 'EXCUSE'),
        flagReviews: [
          {
            type: 'EXCUSE',
            verdict: 'REJECTED',
            evidence: ['due to our policy'],
          },
        ],
      },
    });
    renderItem([
      detailMock({ data: { item: original } }),
      {
        request: {
          query: ReviewItemFlagDocument,
          variables: { input: { itemId: 'item-1', type: 'EXCUSE', verdict: 'REJECTED' } },
        },
        result: { data: { reviewItemFlag: reviewed } },
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Check the warning signs' });
    // Protocol cues are not reviewed; the excuse found in a staff reply is.
    expect(within(card).getByText('Excuse')).toBeInTheDocument();
    expect(card).toHaveTextContent('70% confident“due to our policy”');
    await userEvent.setup().click(within(card).getByRole('button', { name: 'Reject Excuse' }));
    expect(
      await within(card).findByText(
        'Excuse rejected. The verdict is kept and will train the next sign model.',
      ),
    ).toBeInTheDocument();
    expect(card).toHaveTextContent('Rejected by a person: it no longer counts');
    expect(within(card).getByRole('button', { name: 'Restore Excuse' })).toBeEnabled();
    expect(within(card).getByRole('button', { name: 'Reject Excuse' })).toBeDisabled();
  });

  it('says a text in another language was not analysed, instead of showing it as neutral', async () => {
    const original = anItemDetail();
    renderItem([
      detailMock({
        data: {
          item: anItemDetail({
            sentiment: null,
            flags: [],
            themes: [],
            analysis: {
              ...original.analysis,
              sentiment: null,
              themes: [],
              flags: [],
              policyMentions: [],
              language: 'de',
              analysed: false,
            },
          }),
        },
      }),
    ]);
    const card = await screen.findByRole('region', { name: 'What the analysis found' });
    expect(card).toHaveTextContent(
      'Not analysed: the text is in German, which the analysis does not read',
    );
    expect(screen.queryByRole('region', { name: 'Check the warning signs' })).toBeNull();
  });

  it('explains a correction the API refused', async () => {
    renderItem([
      detailMock({ data: { item: anItemDetail() } }),
      {
        request: {
          query: CorrectItemThemesDocument,
          variables: { input: { itemId: 'item-1', themeIds: [] } },
        },
        result: apiError('FORBIDDEN', 'Forbidden resource'),
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Correct the themes' });
    const user = userEvent.setup();
    await user.click(await within(card).findByRole('checkbox', { name: /Refunds and returns/ }));
    await user.click(within(card).getByRole('button', { name: 'Save themes' }));
    expect(
      await within(card).findByText('Your role does not give access to this.'),
    ).toBeInTheDocument();
  });

  it('says when the analysis failed instead of showing no evidence silently', async () => {
    const failed = anItemDetail();
    failed.analysis = {
      ...failed.analysis,
      status: 'FAILED',
      error: 'Analysis is unavailable',
      sentiment: null,
      themes: [],
      flags: [],
      policyMentions: [],
    } as never;
    renderItem([detailMock({ data: { item: failed } })]);
    expect(await screen.findByText('The analysis of this item failed')).toBeInTheDocument();
  });

  it('says when the item does not exist, without a retry', async () => {
    renderItem([detailMock(apiError('NOT_FOUND', 'Item item-1 was not found'))]);
    expect(await screen.findByText('This item does not exist')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('goes back to the list with its filters', async () => {
    renderItem([detailMock({ data: { item: anItemDetail() } })]);
    expect(await screen.findByRole('link', { name: /Back to the items/ })).toHaveAttribute(
      'href',
      '/explorer?kind=complaint',
    );
  });

  it('shows the original text only when asked for, saying the read is recorded', async () => {
    const original = 'Call me on 07700 900123, my proof of purchase is attached.';
    const user = userEvent.setup();
    renderItem([
      detailMock({ data: { item: anItemDetail() } }),
      {
        request: { query: ItemRawTextDocument, variables: { id: 'item-1' } },
        result: { data: { item: { __typename: 'Item', id: 'item-1', rawText: original } } },
      },
    ]);
    const show = await screen.findByRole('button', { name: 'Show the original text' });
    expect(screen.queryByText(original)).not.toBeInTheDocument();
    await user.click(show);
    expect(await screen.findByText(original)).toBeInTheDocument();
    expect(screen.getByText('Original text (this read was recorded)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide the original text' }));
    expect(screen.queryByText(original)).not.toBeInTheDocument();
  });

  it('explains a refused read of the original text', async () => {
    const user = userEvent.setup();
    renderItem([
      detailMock({ data: { item: anItemDetail() } }),
      {
        request: { query: ItemRawTextDocument, variables: { id: 'item-1' } },
        result: apiError(
          'FORBIDDEN',
          'Raw text is for managers, process owners and the person who logged the item',
        ),
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Show the original text' }));
    expect(await screen.findByText('The original text could not be shown')).toBeInTheDocument();
  });

  it('gives staff on an item they handle the reply and decision form, without the Explorer’s tools', async () => {
    renderPage(<ItemDetailPage />, {
      route: '/explorer/items/item-1',
      path: '/explorer/items/:id',
      store: aSessionStore(aSession({ role: 'STAFF' })),
      mocks: [viewerMock('STAFF'), optionsMock, detailMock({ data: { item: anItemDetail() } })],
    });
    expect(
      await screen.findByRole('form', { name: 'Add a reply or decision' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Back to the items/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Correct the themes' })).not.toBeInTheDocument();
  });
});
