import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { actionOptions, anAction } from '../../test/action-fixtures';
import { anImpact, anImpactMeasure } from '../../test/insight-fixtures';
import { ImprovementImpactDocument } from './graphql/impact';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import ActionPage from './ActionPage';
import {
  ActionOptionsDocument,
  CreateImprovementActionDocument,
  ImprovementActionsDocument,
  OpenImprovementActionsDocument,
  UpdateImprovementActionDocument,
} from './graphql/actions';

const optionsMock: Mock = {
  request: { query: ActionOptionsDocument },
  result: { data: actionOptions },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const impactMock = (impact: Record<string, unknown>, weeks = 12): Mock => ({
  request: {
    query: ImprovementImpactDocument,
    variables: { input: { actionId: 'action-1', weeks } },
  },
  result: { data: { improvementImpact: impact } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const measured = anImpact({
  action: { ...anImpact().action, id: 'action-1' },
});
const notYet = anImpact({
  action: { ...anImpact().action, id: 'action-1', status: 'IN_PROGRESS', doneOn: null },
  measurable: false,
  summary:
    '"Remove director approval" cannot be measured yet: it needs a start, a done date and at least two weeks after it.',
  before: null,
  after: null,
  measures: [],
  treatedBeforeDrilldown: null,
  treatedAfterDrilldown: null,
});

/** The open actions on a policy, asked for while a new action is linked to it. */
const openOn = (policyId: string, actions: Record<string, unknown>[] = []): Mock => ({
  request: { query: OpenImprovementActionsDocument, variables: { input: { policyId } } },
  result: { data: { openImprovementActions: actions } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const listMock = (actions: ReturnType<typeof anAction>[]): Mock => ({
  request: { query: ImprovementActionsDocument },
  result: { data: { improvementActions: actions } },
});

function renderAction(route: string, mocks: Mock[]) {
  return renderPage(<ActionPage />, {
    route,
    path: route.startsWith('/actions/new') ? '/actions/new' : '/actions/:id',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [optionsMock, openOn('policy-laptops'), ...mocks],
    routes: <Route path="/actions/:id" element={<ActionPage />} />,
  });
}

describe('ActionPage', () => {
  it('shows the measured effect: before and after against a control, with the interval and the verdict', async () => {
    renderAction('/actions/action-1', [
      listMock([anAction({ status: 'DONE', doneOn: '2026-03-22' })]),
      impactMock(measured),
    ]);
    const effect = await screen.findByRole('region', { name: 'Before and after' });
    const waiting = await within(effect).findByRole('region', {
      name: 'Internal waiting per item',
    });
    expect(waiting).toHaveTextContent(
      'Internal waiting per item −84% against the expected level (better)',
    );
    expect(waiting).toHaveTextContent('95% interval: −96% to −55%');
    expect(waiting).toHaveTextContent(/fell 84% \(95% CI 55–96%\).*significant\./);
    expect(
      within(waiting).getByRole('table', { name: 'Internal waiting per item: the figures' }),
    ).toHaveTextContent('What it touched9.1 days16 hours');
    expect(within(effect).getByRole('region', { name: 'Complaints a week' })).toHaveTextContent(
      'Complaints a week +14% against the expected level (not clear)',
    );
    expect(effect).toHaveTextContent('Compared withItems of teams other than IT Service Desk');
    expect(within(effect).getByRole('link', { name: /The items after/ })).toHaveAttribute(
      'href',
      expect.stringContaining('d.receivedFrom=2026-03-22'),
    );
  });

  it('says which measures had too few items, and why, instead of leaving them out', async () => {
    const tooFew = anImpactMeasure({
      metric: 'COMPLAINTS_PER_WEEK',
      label: 'Complaints a week',
      estimable: false,
      verdict:
        'Complaints a week: only 6 before and after among items linked to "Laptop requests need director approval", too few to compare.',
    });
    renderAction('/actions/action-1', [
      listMock([anAction({ status: 'DONE', doneOn: '2026-03-22' })]),
      impactMock({ ...measured, measures: [anImpactMeasure(), tooFew] }),
    ]);
    const effect = await screen.findByRole('region', { name: 'Before and after' });
    await within(effect).findByRole('region', { name: 'Internal waiting per item' });
    expect(within(effect).queryByRole('region', { name: 'Complaints a week' })).toBeNull();
    expect(within(effect).getByRole('region', { name: 'Not measured' })).toHaveTextContent(
      'Complaints a week: only 6 before and after among items linked to "Laptop requests need director approval", too few to compare.',
    );
  });

  it('compares another number of weeks on request', async () => {
    renderAction('/actions/action-1', [
      listMock([anAction({ status: 'DONE', doneOn: '2026-03-22' })]),
      impactMock(measured),
      impactMock(notYet, 26),
    ]);
    await screen.findByRole('region', { name: 'Internal waiting per item' });
    await userEvent.setup().selectOptions(screen.getByLabelText('Weeks compared'), '26');
    expect(await screen.findByTestId('impact-pending')).toBeInTheDocument();
  });

  it('says why the effect cannot be measured yet, and links the items on either side of the start day', async () => {
    renderAction('/actions/action-1', [listMock([anAction()]), impactMock(notYet)]);
    const effect = await screen.findByRole('region', { name: 'Before and after' });
    expect(await within(effect).findByTestId('impact-pending')).toHaveTextContent(
      'cannot be measured yet: it needs a start, a done date and at least two weeks after it.',
    );
    const links = within(effect).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName(
      'Items before (Policy: Laptop requests need director approval)',
    );
    expect(links[0].getAttribute('href')).toMatch(
      /^\/explorer\?policy=policy-laptops&from=\d{4}-\d\d-\d\d&to=2026-09-30$/,
    );
  });

  it('starts a new action linked to the policy of the hotspot it was opened from', async () => {
    const policy = {
      __typename: 'Policy' as const,
      id: '33333333-3333-4333-8333-333333333333',
      name: 'Refunds need a receipt',
    };
    renderPage(<ActionPage />, {
      route: `/actions/new?policy=${policy.id}`,
      path: '/actions/new',
      store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
      mocks: [
        {
          request: { query: ActionOptionsDocument },
          result: { data: { ...actionOptions, policies: [policy] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        openOn(policy.id),
      ],
    });
    expect(await screen.findByText('“Refunds need a receipt”')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('from its friction hotspot');
    expect(screen.getByLabelText(/Policy/)).toHaveValue(policy.id);
  });

  it('warns, with a link, when the chosen policy already has an open action', async () => {
    const other = { __typename: 'Policy' as const, id: 'policy-fee', name: 'Late fee' };
    renderPage(<ActionPage />, {
      route: '/actions/new',
      path: '/actions/new',
      store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
      mocks: [
        {
          request: { query: ActionOptionsDocument },
          result: { data: { ...actionOptions, policies: [...actionOptions.policies, other] } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        openOn('policy-laptops', [
          {
            __typename: 'ImprovementAction',
            id: 'action-1',
            title: 'Remove director approval for standard laptops',
            status: 'IN_PROGRESS',
            owner: 'Rahul Mehta',
          },
        ]),
        openOn('policy-fee', []),
      ],
    });
    const user = userEvent.setup();
    const policy = await screen.findByLabelText(/Policy/);
    await screen.findByRole('option', { name: 'Late fee' });
    expect(screen.queryByText(/already has an open action/)).not.toBeInTheDocument();

    await user.selectOptions(policy, 'policy-laptops');
    const warning = await screen.findByRole('status');
    expect(warning).toHaveTextContent('This policy already has an open action');
    expect(warning).toHaveTextContent('(in progress, Rahul Mehta)');
    expect(
      within(warning).getByRole('link', { name: 'Remove director approval for standard laptops' }),
    ).toHaveAttribute('href', '/actions/action-1');

    await user.selectOptions(policy, 'policy-fee');
    await waitFor(() =>
      expect(screen.queryByText(/already has an open action/)).not.toBeInTheDocument(),
    );
  });

  it('says the measured effect appears once the action has started', async () => {
    renderAction('/actions/action-1', [
      listMock([anAction({ status: 'PLANNED', startedOn: null })]),
    ]);
    const effect = await screen.findByRole('region', { name: 'Before and after' });
    expect(effect).toHaveTextContent('The measured effect appears once the action has started.');
    expect(within(effect).queryByRole('link')).not.toBeInTheDocument();
  });

  it('edits an action, clearing a link that was removed', async () => {
    const saved = anAction({ status: 'DONE', doneOn: '2026-11-01', themeId: null });
    renderAction('/actions/action-1', [
      listMock([anAction()]),
      impactMock(notYet),
      {
        request: {
          query: UpdateImprovementActionDocument,
          variables: {
            input: {
              id: 'action-1',
              title: 'Remove director approval for standard laptops',
              description: 'Line managers approve standard replacements.',
              owner: 'Rahul Mehta',
              status: 'DONE',
              policyId: 'policy-laptops',
              themeId: null,
              teamId: null,
              startedOn: '2026-10-01',
              doneOn: '2026-11-01',
            },
          },
        },
        result: { data: { updateImprovementAction: saved } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit action' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'DONE');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the day it was done');
    await user.type(screen.getByLabelText(/Done on/), '2026-11-01');
    await user.selectOptions(screen.getByLabelText(/Theme/), '');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(
      await screen.findByText('Saved “Remove director approval for standard laptops”.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit action' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'The change' })).toHaveTextContent('Done1 Nov 2026');
  });

  it('creates an action and opens it', async () => {
    const created = anAction({
      id: 'action-9',
      title: 'Saturday rota',
      status: 'PLANNED',
      startedOn: null,
      policyId: null,
      themeId: null,
      description: null,
      owner: 'Priya Raman',
    });
    renderAction('/actions/new', [
      {
        request: {
          query: CreateImprovementActionDocument,
          variables: {
            input: {
              title: 'Saturday rota',
              description: null,
              owner: 'Priya Raman',
              status: 'PLANNED',
              policyId: null,
              themeId: null,
              teamId: null,
              startedOn: null,
              doneOn: null,
            },
          },
        },
        result: { data: { createImprovementAction: created } },
      },
      listMock([created]),
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('What is changing?'), 'Saturday rota');
    await user.type(screen.getByLabelText('Owner'), 'Priya Raman');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByText('Added “Saturday rota”.')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/actions/action-9');
  });

  it('shows the API’s refusal beside the field it names', async () => {
    renderAction('/actions/new', [
      {
        request: {
          query: CreateImprovementActionDocument,
          variables: {
            input: {
              title: 'X',
              description: null,
              owner: 'Y',
              status: 'PLANNED',
              policyId: 'policy-laptops',
              themeId: null,
              teamId: null,
              startedOn: null,
              doneOn: null,
            },
          },
        },
        result: apiError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'policyId', rule: 'exists', message: 'policyId names no known policy' },
        ]),
      },
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('What is changing?'), 'X');
    await user.type(screen.getByLabelText('Owner'), 'Y');
    await screen.findByRole('option', { name: 'Laptop requests need director approval' });
    await user.selectOptions(screen.getByLabelText(/Policy/), 'policy-laptops');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That policy no longer exists. Choose another, or none.',
    );
  });

  it('says when there is no such action', async () => {
    renderAction('/actions/gone', [listMock([anAction()])]);
    expect(await screen.findByText('There is no such action')).toBeInTheDocument();
  });
});
