import type { ActionStatus } from '../../graphql/generated/graphql';
import { actionStatusLabel } from '../../lib/labels';
import { Badge, type BadgeTone } from '../../ui/Badge';

const look: Record<ActionStatus, { tone: BadgeTone; icon: string }> = {
  PLANNED: { tone: 'neutral', icon: '○' },
  IN_PROGRESS: { tone: 'info', icon: '◐' },
  DONE: { tone: 'success', icon: '✓' },
  ABANDONED: { tone: 'neutral', icon: '×' },
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return (
    <Badge
      tone={look[status].tone}
      icon={look[status].icon}
      variant={status === 'ABANDONED' ? 'outline' : 'soft'}
    >
      {actionStatusLabel[status]}
    </Badge>
  );
}
