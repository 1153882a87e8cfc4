import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { actionStatusLabel } from '../../lib/labels';
import { Alert } from '../../ui/Alert';
import { OpenImprovementActionsDocument } from './graphql/actions';

/**
 * Before a second action is opened on a policy: the planned and under-way ones already on it,
 * each a link, so the owner can join or update one instead of measuring two changes at once.
 */
export function OpenActionsWarning({ policyId }: { policyId: string }) {
  const { data } = useQuery(OpenImprovementActionsDocument, {
    variables: { input: { policyId } },
    skip: !policyId,
  });
  const open = policyId ? (data?.openImprovementActions ?? []) : [];
  if (open.length === 0) return null;
  const one = open.length === 1;
  return (
    <Alert
      tone="warning"
      role="status"
      className="action-form__open"
      title={
        one
          ? 'This policy already has an open action'
          : `This policy already has ${open.length} open actions`
      }
    >
      <ul className="action-form__open-list">
        {open.map((action) => (
          <li key={action.id}>
            <Link to={`/actions/${action.id}`}>{action.title}</Link> (
            {actionStatusLabel[action.status].toLowerCase()}, {action.owner})
          </li>
        ))}
      </ul>
      <p>
        Consider updating {one ? 'it' : 'one of them'} instead: two changes on one policy at once
        cannot be told apart when their effect is measured.
      </p>
    </Alert>
  );
}
