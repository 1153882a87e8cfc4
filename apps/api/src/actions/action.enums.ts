import { registerEnumType } from '@nestjs/graphql';

export enum ActionStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  ABANDONED = 'abandoned',
}

registerEnumType(ActionStatus, { name: 'ActionStatus' });
