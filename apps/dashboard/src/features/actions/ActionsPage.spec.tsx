import { screen, within } from '@testing-library/react';
import { actionOptions, anAction } from '../../test/action-fixtures';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import ActionsPage from './ActionsPage';
import { ActionOptionsDocument, ImprovementActionsDocument } from './graphql/actions';

const optionsMock: Mock = {
  request: { query: ActionOptionsDocument },
  result: { data: actionOptions },
};
const actionsMock = (result: Mock['result']): Mock => ({
  request: { query: ImprovementActionsDocument },
  result,
});
const planned = anAction({
  id: 'action-2',
  title: 'Saturday rota',
  status: 'PLANNED',
  startedOn: null,
  policyId: null,
  themeId: null,
  teamId: 'team-it',
});

function renderActions(route: string, mocks: Mock[]) {
  return renderPage(<ActionsPage />, {
    route,
    path: '/actions',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [optionsMock, ...mocks],
  });
}

describe('ActionsPage', () => {
  it('lists actions with their status, owner, what they are about and their days', async () => {
    renderActions('/actions', [
      actionsMock({ data: { improvementActions: [anAction(), planned] } }),
    ]);
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      'Remove director approval for standard laptops◐In progressRahul MehtaPolicyLaptop requests need director approvalThemeIT equipment1 Oct 2026—',
    );
    expect(within(rows[1]).getByRole('link')).toHaveAttribute('href', '/actions/action-1');
    expect(screen.getByRole('link', { name: 'New action' })).toHaveAttribute(
      'href',
      '/actions/new',
    );
  });

  it('filters by the status in the URL and counts each status', async () => {
    renderActions('/actions?status=planned', [
      actionsMock({ data: { improvementActions: [anAction(), planned] } }),
    ]);
    const table = await screen.findByRole('table', { name: 'Improvement actions, planned' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const filter = screen.getByRole('navigation', { name: 'Actions by status' });
    expect(within(filter).getByRole('link', { name: 'Planned 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(filter).getByRole('link', { name: 'All 2' })).not.toHaveAttribute('aria-current');
  });

  it('invites the first action when there are none', async () => {
    renderActions('/actions', [actionsMock({ data: { improvementActions: [] } })]);
    expect(await screen.findByText('No improvement actions yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add the first action' })).toHaveAttribute(
      'href',
      '/actions/new',
    );
  });

  it('explains a failure to load', async () => {
    renderActions('/actions', [actionsMock(apiError('INTERNAL_SERVER_ERROR', 'boom'))]);
    expect(await screen.findByText('The actions could not be loaded')).toBeInTheDocument();
  });
});
