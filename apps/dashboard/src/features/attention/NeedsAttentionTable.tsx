import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import type { AttentionQuery } from '../../graphql/generated/graphql';
import { formatHours, formatShortDate } from '../../lib/format';
import { itemKindLabel, itemStatusLabel, priorityLabel } from '../../lib/labels';
import { Badge, BadgeList } from '../../ui/Badge';
import '../../ui/DataTable.css';
import { ownerSourceLabel, reasonLabel } from './attention-shape';
import { AssignItemOwnerDocument } from './graphql/attention';

type Attention = AttentionQuery['attention'];
type Item = Attention['items'][number];

/** Open items past a target or without an update, most overdue first, with their owner. */
export function NeedsAttentionTable({
  attention,
  canAssign,
  onAssigned,
}: {
  attention: Attention;
  /** Managers assign owners; others see who owns what. */
  canAssign: boolean;
  onAssigned: () => void;
}) {
  return (
    <div className="table-frame">
      <table className="data-table data-table--records">
        <caption className="visually-hidden">
          Open items that need attention, most overdue first
        </caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Team</th>
            <th scope="col">Why</th>
            <th scope="col" className="data-table__number">
              Days since update
            </th>
            <th scope="col" className="data-table__number">
              Overdue
            </th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {attention.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/explorer/items/${item.id}`}>
                  {itemKindLabel[item.kind]} · {priorityLabel[item.priority]}
                </Link>
                <p className="data-table__muted">
                  {itemStatusLabel[item.status]}, received{' '}
                  {formatShortDate(String(item.receivedAt))}
                  {item.escalations > 0 ? `, escalated ${item.escalations}×` : ''}
                </p>
              </th>
              <td>{item.team?.name ?? 'No team'}</td>
              <td>
                <BadgeList>
                  {item.reasons.map((reason) => (
                    <Badge key={reason} tone={reason === 'NO_UPDATE' ? 'warning' : 'danger'}>
                      {reasonLabel[reason]}
                    </Badge>
                  ))}
                </BadgeList>
              </td>
              <td className="data-table__number">{item.daysSinceUpdate.toFixed(1)}</td>
              <td className="data-table__number">
                {item.hoursOverdue === null ? '—' : formatHours(item.hoursOverdue)}
              </td>
              <td>
                {canAssign ? (
                  <OwnerPicker item={item} people={attention.assignable} onAssigned={onAssigned} />
                ) : (
                  <OwnerText item={item} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OwnerText({ item }: { item: Item }) {
  return (
    <>
      {item.owner.name}
      <p className="data-table__muted">{ownerSourceLabel[item.owner.source]}</p>
    </>
  );
}

/** A manager makes someone answerable for the item; "—" clears the assignment. */
function OwnerPicker({
  item,
  people,
  onAssigned,
}: {
  item: Item;
  people: Attention['assignable'];
  onAssigned: () => void;
}) {
  const [assign, { loading, error }] = useMutation(AssignItemOwnerDocument);
  const assigned = item.owner.source === 'ASSIGNED' ? (item.owner.userId ?? '') : '';
  const id = `owner-${item.id}`;
  return (
    <div className="attention-owner">
      <label htmlFor={id} className="visually-hidden">
        Owner of this item
      </label>
      <select
        id={id}
        value={assigned}
        disabled={loading}
        onChange={(event) => {
          const ownerId = event.target.value || null;
          void assign({ variables: { input: { itemId: item.id, ownerId } } }).then(onAssigned);
        }}
      >
        <option value="">
          {item.owner.source === 'ASSIGNED'
            ? '— not assigned —'
            : `${item.owner.name} (${ownerSourceLabel[item.owner.source]})`}
        </option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      {error ? (
        <p className="data-table__muted" role="alert">
          Could not assign: {error.message}
        </p>
      ) : null}
    </div>
  );
}
