import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { actionOptions, anAction } from '../../test/action-fixtures';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import ActionPage from './ActionPage';
import {
  ActionOptionsDocument,
  CreateImprovementActionDocument,
  ImprovementActionsDocument,
  UpdateImprovementActionDocument,
} from './graphql/actions';

const optionsMock: Mock = {
  request: { query: ActionOptionsDocument },
  result: { data: actionOptions },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const listMock = (actions: ReturnType<typeof anAction>[]): Mock => ({
  request: { query: ImprovementActionsDocument },
  result: { data: { improvementActions: actions } },
});

function renderAction(route: string, mocks: Mock[]) {
  return renderPage(<ActionPage />, {
    route,
    path: route.startsWith('/actions/new') ? '/actions/new' : '/actions/:id',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [optionsMock, ...mocks],
    routes: <Route path="/actions/:id" element={<ActionPage />} />,
  });
}

describe('ActionPage', () => {
  it('keeps a marked place for the measured effect, and links the items on either side of the start day', async () => {
    renderAction('/actions/action-1', [listMock([anAction()])]);
    expect(
      await screen.findByRole('heading', {
        name: 'Remove director approval for standard laptops',
        level: 1,
      }),
    ).toBeInTheDocument();
    const effect = screen.getByRole('region', { name: 'Before and after' });
    expect(within(effect).getByTestId('effect-placeholder')).toHaveTextContent(
      /Reserved for the measured effect.*will appear here once the insights service measures it\. Nothing is estimated/,
    );
    const links = within(effect).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName(
      'Items before (Policy: Laptop requests need director approval)',
    );
    expect(links[0].getAttribute('href')).toMatch(
      /^\/explorer\?policy=policy-laptops&from=\d{4}-\d\d-\d\d&to=2026-09-30$/,
    );
    expect(links[1].getAttribute('href')).toMatch(
      /^\/explorer\?policy=policy-laptops&from=2026-10-01&to=/,
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
