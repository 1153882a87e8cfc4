import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EscalationOutcomeKind } from '../../attention/escalation-outcome.entity';
import { ItemKind, ItemStatus, Priority } from '../../items/item.enums';
import { Drilldown } from '../read-model/drilldown.types';
import { ItemCount } from '../read-model/item-count.types';
import { NamedRef, PeriodRange, Share } from '../read-model/scope.types';

export enum AttentionReason {
  FIRST_RESPONSE_OVERDUE = 'first-response-overdue',
  RESOLUTION_OVERDUE = 'resolution-overdue',
  NO_UPDATE = 'no-update',
}
registerEnumType(AttentionReason, {
  name: 'AttentionReason',
  description: 'Why an open item needs attention.',
});

export enum OwnerSource {
  ASSIGNED = 'assigned',
  LAST_ACTOR = 'last-actor',
  TEAM = 'team',
  NONE = 'none',
}
registerEnumType(OwnerSource, {
  name: 'OwnerSource',
  description:
    'Where the owner comes from: assigned by a manager, the last person on the timeline, the team, or nobody.',
});

export enum EscalationState {
  RESOLVED = 'resolved',
  RETURNED = 'returned',
  OPEN = 'open',
}
registerEnumType(EscalationState, {
  name: 'EscalationState',
  description:
    'How an escalation ended: resolved (recorded, or its item resolved after it), returned, or still open.',
});

@ObjectType({ description: 'Who answers for an item.' })
export class AttentionOwner {
  @Field(() => ID, { nullable: true, description: 'The person, when a person owns it.' })
  userId: string | null;

  @Field({ description: 'A person\'s or team\'s name; "Unowned" when neither.' })
  name: string;

  @Field(() => OwnerSource)
  source: OwnerSource;
}

@ObjectType({ description: 'An open item past its service level or without an update.' })
export class AttentionItem {
  @Field(() => ID)
  id: string;

  @Field(() => ItemKind)
  kind: ItemKind;

  @Field(() => Priority)
  priority: Priority;

  @Field(() => ItemStatus)
  status: ItemStatus;

  @Field(() => NamedRef, { nullable: true })
  team: NamedRef | null;

  @Field()
  receivedAt: Date;

  @Field({ description: 'The last update the customer saw (or the arrival, when none).' })
  lastUpdateAt: Date;

  @Field(() => Float, { description: 'Days since that update.' })
  daysSinceUpdate: number;

  @Field(() => [AttentionReason])
  reasons: AttentionReason[];

  @Field(() => Float, {
    nullable: true,
    description: 'Hours past the later-missed target; null when within both.',
  })
  hoursOverdue: number | null;

  @Field(() => AttentionOwner)
  owner: AttentionOwner;

  @Field(() => Int, { description: 'Escalations on its timeline.' })
  escalations: number;
}

/** The open-item counts shown for the whole organisation and for each team. */
@ObjectType({ isAbstract: true })
abstract class AttentionCounts {
  @Field(() => ItemCount)
  open: ItemCount;

  @Field(() => ItemCount)
  needsAttention: ItemCount;

  @Field(() => ItemCount)
  firstResponseOverdue: ItemCount;

  @Field(() => ItemCount)
  resolutionOverdue: ItemCount;

  @Field(() => ItemCount)
  noUpdate: ItemCount;
}

@ObjectType({ description: "One team's open items that need attention." })
export class AttentionTeam extends AttentionCounts {
  @Field(() => NamedRef, { description: 'Items without a team count only in the totals.' })
  team: NamedRef;
}

@ObjectType({ description: 'Time since the last update the customer saw, over open items.' })
export class SinceUpdate {
  @Field(() => Int)
  items: number;

  @Field(() => Float, { nullable: true, description: 'Median, in days.' })
  p50Days: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile, in days.' })
  p90Days: number | null;

  @Field(() => Drilldown)
  drilldown: Drilldown;
}

@ObjectType({ description: 'Escalations from one team, or to one destination.' })
export class EscalationGroup {
  @Field({ description: 'The team escalated from, or the destination.' })
  label: string;

  @Field(() => ID, { nullable: true, description: 'The team, when the group is a team.' })
  teamId: string | null;

  @Field(() => Int, { description: 'Escalations (events).' })
  escalations: number;

  @Field(() => ItemCount, { description: 'Items escalated, and the items themselves.' })
  items: ItemCount;

  @Field(() => Share, {
    nullable: true,
    description: "Share of the team's items received in the period that were escalated.",
  })
  escalatedShare: Share | null;

  @Field(() => Int)
  resolved: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  open: number;

  @Field(() => Share, { description: 'Resolved after escalation, of those that ended.' })
  resolvedShare: Share;

  @Field(() => Float, { nullable: true, description: 'Median days from escalation to outcome.' })
  medianDaysToOutcome: number | null;
}

@ObjectType({ description: 'One escalation: who, to whom, when, why and how it ended.' })
export class EscalationRecord {
  @Field(() => ID)
  eventId: string;

  @Field(() => ID)
  itemId: string;

  @Field()
  escalatedAt: Date;

  @Field({ description: 'Who escalated ("Not recorded" for imports).' })
  by: string;

  @Field({ description: 'To whom: a team or the person or body written down.' })
  to: string;

  @Field(() => String, { nullable: true, description: 'The reason, personal data masked.' })
  reason: string | null;

  @Field(() => NamedRef, { nullable: true, description: "The item's team." })
  team: NamedRef | null;

  @Field(() => EscalationState)
  state: EscalationState;

  @Field(() => EscalationOutcomeKind, {
    nullable: true,
    description: 'The outcome as recorded; null when derived or open.',
  })
  recordedOutcome: EscalationOutcomeKind | null;

  @Field(() => Date, { nullable: true })
  outcomeAt: Date | null;
}

@ObjectType({ description: 'The escalation pathway for items received in the period.' })
export class EscalationPath {
  @Field(() => Int)
  escalations: number;

  @Field(() => ItemCount)
  items: ItemCount;

  @Field(() => Int)
  resolved: number;

  @Field(() => Int)
  returned: number;

  @Field(() => Int)
  open: number;

  @Field(() => Share, { description: 'Resolved after escalation, of those that ended.' })
  resolvedShare: Share;

  @Field(() => Float, { nullable: true })
  medianDaysToOutcome: number | null;

  @Field(() => [EscalationGroup], { description: 'By the team of the item escalated.' })
  byTeam: EscalationGroup[];

  @Field(() => [EscalationGroup], { description: 'By where they went.' })
  byDestination: EscalationGroup[];

  @Field(() => [EscalationRecord], { description: 'The latest escalations, newest first.' })
  recent: EscalationRecord[];
}

@ObjectType({
  description:
    'Neglected items (open past a service level or without an update), their owners, and the escalation pathway.',
})
export class Attention extends AttentionCounts {
  @Field({ description: 'The instant open items are judged at.' })
  asOf: Date;

  @Field(() => Int)
  staleDays: number;

  @Field(() => PeriodRange, { description: 'The period escalations are counted over.' })
  period: PeriodRange;

  @Field(() => SinceUpdate)
  sinceLastUpdate: SinceUpdate;

  @Field(() => [AttentionItem], { description: 'Most overdue or longest without an update first.' })
  items: AttentionItem[];

  @Field(() => [AttentionTeam])
  byTeam: AttentionTeam[];

  @Field(() => EscalationPath)
  escalations: EscalationPath;

  @Field(() => [NamedRef], {
    description: 'People an item can be assigned to: active managers, process owners and staff.',
  })
  assignable: NamedRef[];
}
