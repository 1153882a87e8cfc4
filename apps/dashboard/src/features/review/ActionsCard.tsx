import { Link } from 'react-router';
import type { ImpactFieldsFragment, ReviewPackQuery } from '../../graphql/generated/graphql';
import { formatShortDate } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import '../../ui/DataTable.css';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { measureEffect } from '../actions/impact-shape';
import { DrillLink } from '../insights/DrillLink';

type ReviewAction = ReviewPackQuery['reviewPack']['actions'][number];

/** The period's improvement actions, and what the ones done recently changed. */
export function ActionsCard({
  actions,
  impacts,
  canCreate,
}: {
  actions: readonly ReviewAction[];
  impacts: readonly ImpactFieldsFragment[];
  canCreate: boolean;
}) {
  return (
    <Card
      title="Actions and their effect"
      titleId="review-actions-title"
      actions={
        canCreate ? (
          <ButtonLink to="/actions/new" variant="secondary" size="sm" className="review-no-print">
            New action
          </ButtonLink>
        ) : null
      }
    >
      <h3 className="review-subtitle">Did recent changes help?</h3>
      {impacts.length === 0 ? (
        <p className="insight-list__text">
          No action was finished in the six months before the period ended, so there is no effect to
          measure yet.
        </p>
      ) : (
        <ul className="insight-list">
          {impacts.map((impact) => (
            <li key={impact.action.id} className="insight-list__item">
              <div className="insight-list__head">
                <Link to={`/actions/${impact.action.id}`} className="insight-list__title">
                  {impact.action.title}
                </Link>
                {impact.treatedAfterDrilldown ? (
                  <DrillLink
                    drilldown={impact.treatedAfterDrilldown}
                    about={`${impact.treated}, after “${impact.action.title}”`}
                    className="section-link"
                  >
                    Items since
                  </DrillLink>
                ) : null}
              </div>
              {impact.measurable ? (
                <ul className="effect-list">
                  {impact.measures
                    .filter((measure) => measure.estimable)
                    .map((measure) => {
                      const effect = measureEffect(measure);
                      return (
                        <li key={measure.metric}>
                          <Badge tone={effect.tone} icon={effect.icon}>
                            {effect.headline}
                          </Badge>{' '}
                          <span className="insight-list__text">{measure.verdict}</span>
                        </li>
                      );
                    })}
                </ul>
              ) : (
                <p className="insight-list__text">{impact.summary}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 className="review-subtitle">Actions planned, under way or done in the period</h3>
      {actions.length === 0 ? (
        <p className="insight-list__text">
          No improvement action was planned, under way or finished in the period.
        </p>
      ) : (
        <div className="table-frame">
          <table className="data-table data-table--records">
            <caption className="visually-hidden">Improvement actions of the period</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Dates</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">
                    <Link to={`/actions/${action.id}`}>{action.title}</Link>
                    <p className="data-table__muted">
                      {[action.policy?.name, action.theme?.name, action.team?.name]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  </th>
                  <td>
                    <ActionStatusBadge status={action.status} />
                  </td>
                  <td>{action.owner}</td>
                  <td>
                    {action.startedOn
                      ? `Started ${formatShortDate(action.startedOn)}`
                      : 'Not started'}
                    {action.doneOn ? `, done ${formatShortDate(action.doneOn)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
