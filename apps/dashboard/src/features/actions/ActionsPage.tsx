import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { formatNumber, formatShortDate } from '../../lib/format';
import { ACTION_STATUSES, actionStatusLabel } from '../../lib/labels';
import { ButtonLink } from '../../ui/ButtonLink';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/states';
import { ListStates } from '../settings/ListStates';
import { countByStatus, readStatusFilter } from './action-list';
import { ActionStatusBadge } from './ActionStatusBadge';
import { ActionOptionsDocument, ImprovementActionsDocument } from './graphql/actions';
import './Actions.css';
import '../../ui/DataTable.css';

/** Improvement actions: dated changes whose before/after effect is measured. */
export default function ActionsPage() {
  const [params] = useSearchParams();
  const status = readStatusFilter(params.get('status'));
  const query = useQuery(ImprovementActionsDocument);
  const options = useQuery(ActionOptionsDocument);
  const actions = query.data?.improvementActions ?? [];
  const counts = countByStatus(actions);
  const shown = status ? actions.filter((action) => action.status === status) : actions;
  const name = (list: readonly { id: string; name: string }[] | undefined, id: string | null) =>
    id ? (list?.find((entry) => entry.id === id)?.name ?? null) : null;

  return (
    <>
      <PageHeader
        eyebrow="Actions"
        title="Improvement actions"
        description="Changes to policies, processes and staffing, each with an owner and a start day, so their effect on complaints, waits and friction can be measured."
        actions={<ButtonLink to="/actions/new">New action</ButtonLink>}
      />
      <div className="actions-page">
        <nav aria-label="Actions by status" className="actions-filter">
          <ul>
            {[null, ...ACTION_STATUSES].map((value) => {
              const current = value === status;
              const count = value ? counts[value] : actions.length;
              return (
                <li key={value ?? 'all'}>
                  <Link
                    to={value ? `?status=${value.toLowerCase()}` : '?'}
                    aria-current={current ? 'page' : undefined}
                    className={`actions-filter__link${current ? ' actions-filter__link--current' : ''}`}
                  >
                    {value ? actionStatusLabel[value] : 'All'}{' '}
                    <span className="actions-filter__count">{formatNumber(count)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <ListStates
          query={query}
          what="actions"
          empty={actions.length === 0}
          emptyTitle="No improvement actions yet"
          emptyText={
            <>
              Record a change when you make it, with the day it starts, and its effect will be
              measured. <Link to="/actions/new">Add the first action</Link>.
            </>
          }
        >
          {shown.length === 0 ? (
            <EmptyState
              title={`No ${status ? actionStatusLabel[status].toLowerCase() : ''} actions`}
            >
              <Link to="?">Show every action</Link>
            </EmptyState>
          ) : (
            <div className="table-frame">
              <table className="data-table data-table--records">
                <caption className="visually-hidden">
                  Improvement actions{status ? `, ${actionStatusLabel[status].toLowerCase()}` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Status</th>
                    <th scope="col">Owner</th>
                    <th scope="col">About</th>
                    <th scope="col">Started</th>
                    <th scope="col">Done</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((action) => {
                    const about = [
                      { label: 'Policy', value: name(options.data?.policies, action.policyId) },
                      { label: 'Theme', value: name(options.data?.themes, action.themeId) },
                      { label: 'Team', value: name(options.data?.teams, action.teamId) },
                    ].filter((entry) => entry.value !== null);
                    return (
                      <tr key={action.id}>
                        <th scope="row">
                          <Link to={`/actions/${action.id}`}>{action.title}</Link>
                        </th>
                        <td>
                          <ActionStatusBadge status={action.status} />
                        </td>
                        <td>{action.owner}</td>
                        <td>
                          {about.length > 0 ? (
                            <dl className="actions-about">
                              {about.map((entry) => (
                                <div key={entry.label}>
                                  <dt>{entry.label}</dt>
                                  <dd>{entry.value}</dd>
                                </div>
                              ))}
                            </dl>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td>{action.startedOn ? formatShortDate(action.startedOn) : '—'}</td>
                        <td>{action.doneOn ? formatShortDate(action.doneOn) : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </ListStates>
      </div>
    </>
  );
}
