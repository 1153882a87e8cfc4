import type {
  ActionStatus,
  ImprovementActionFieldsFragment,
} from '../../graphql/generated/graphql';
import { ACTION_STATUSES } from '../../lib/labels';

type Action = ImprovementActionFieldsFragment;

/** `?status=in_progress` → IN_PROGRESS; anything else shows every action. */
export function readStatusFilter(value: string | null): ActionStatus | null {
  const upper = value?.toUpperCase() ?? '';
  return (ACTION_STATUSES as readonly string[]).includes(upper) ? (upper as ActionStatus) : null;
}

export function countByStatus(actions: readonly Action[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = {
    PLANNED: 0,
    IN_PROGRESS: 0,
    DONE: 0,
    ABANDONED: 0,
  };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}

/** Has the change started, so that its effect can be measured? */
export function hasStarted(action: Pick<Action, 'status' | 'startedOn'>, today: string): boolean {
  return action.status !== 'PLANNED' && action.startedOn !== null && action.startedOn <= today;
}
