import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { IsText, LIMITS } from '../../common/validation';
import { FirstContactOutcome } from './attention-sql';
import { EnumListFilter, IdListFilter } from '../../common/list-filter-fields';
import {
  Channel,
  ItemEventType,
  ItemKind,
  ItemStatus,
  ViabilityDecision,
  FlagType,
  SentimentLabel,
} from '../../items/item.enums';

export enum SlaClock {
  FIRST_RESPONSE = 'first-response',
  RESOLUTION = 'resolution',
}
registerEnumType(SlaClock, { name: 'SlaClock' });

/** The complaint-handling protocol, in order. */
export enum ComplaintStep {
  ACKNOWLEDGED = 'acknowledged',
  OPTIONS_OFFERED = 'optionsOffered',
  FOLLOWED_THROUGH = 'followedThrough',
  SATISFACTION_CHECKED = 'satisfactionChecked',
  FEEDBACK_ASKED = 'feedbackAsked',
}
registerEnumType(ComplaintStep, {
  name: 'ComplaintStep',
  description: 'A step of the complaint-handling protocol, in order.',
});

export const MAX_DRILLDOWN_IDS = 100;
/** The longest "no update for N days" a caller may ask about. */
export const MAX_STALE_DAYS = 365;
/** Days without an update after which an open item needs attention, unless a page says otherwise. */
export const DEFAULT_STALE_DAYS = 7;

/**
 * The items behind a figure, as conditions that all hold (lists match any of their values). Every
 * number an insight query returns comes with one; pass it back to `insightItems` or `exportItems`.
 * kinds, channels, statuses, teamIds, receivedFrom and receivedTo mean what ItemFilterInput's fields of
 * the same names mean, so the Explorer can take them over as they are.
 */
@ObjectType({
  description:
    'The items behind a figure: conditions that all hold, lists match any value. Pass it to insightItems or exportItems; kinds, channels, statuses, teamIds, receivedFrom and receivedTo mean what ItemFilterInput says.',
})
@InputType('DrilldownInput')
export class Drilldown {
  @Field({ nullable: true, description: 'Received at or after.' })
  @IsOptional()
  receivedFrom?: Date;

  @Field({ nullable: true, description: 'Received before.' })
  @IsOptional()
  receivedTo?: Date;

  @Field({ nullable: true, description: 'Resolved at or after.' })
  @IsOptional()
  resolvedFrom?: Date;

  @Field({ nullable: true, description: 'Resolved before.' })
  @IsOptional()
  resolvedTo?: Date;

  @Field({
    nullable: true,
    description: 'Received before this instant and not resolved by it (the backlog then).',
  })
  @IsOptional()
  openAt?: Date;

  @IdListFilter()
  teamIds?: string[];

  @IdListFilter()
  themeIds?: string[];

  @IdListFilter({
    description: 'Linked explicitly, by a detected mention or by an exception event.',
  })
  linkedPolicyIds?: string[];

  @EnumListFilter(Channel)
  channels?: Channel[];

  @EnumListFilter(ItemKind)
  kinds?: ItemKind[];

  @EnumListFilter(ItemStatus, { description: 'Current status.' })
  statuses?: ItemStatus[];

  @EnumListFilter(SentimentLabel)
  sentiments?: SentimentLabel[];

  @EnumListFilter(ViabilityDecision)
  viabilities?: ViabilityDecision[];

  @EnumListFilter(FlagType, { description: 'Carries any of these flags (in its text or a reply).' })
  flags?: FlagType[];

  @EnumListFilter(ItemEventType, { description: 'Has an event of any of these types.' })
  eventTypes?: ItemEventType[];

  @Field(() => SlaClock, { nullable: true, description: 'Missed this service-level target.' })
  @IsOptional()
  @IsEnum(SlaClock)
  slaBreached?: SlaClock;

  @Field(() => ItemStatus, { nullable: true, description: 'Spent time in this status.' })
  @IsOptional()
  @IsEnum(ItemStatus)
  waitedIn?: ItemStatus;

  @Field({ nullable: true, description: 'Reopened at least once (true) or never (false).' })
  @IsOptional()
  @IsBoolean()
  reopened?: boolean;

  @Field({ nullable: true, description: 'Rated by the customer (true) or not (false).' })
  @IsOptional()
  @IsBoolean()
  rated?: boolean;

  @Field({
    nullable: true,
    description:
      'Answered, as first-response times count it: a first response, or resolved without one (true); neither yet (false).',
  })
  @IsOptional()
  @IsBoolean()
  answered?: boolean;

  @Field({
    nullable: true,
    description: 'Linked to a policy in any way (true) or to none at all (false).',
  })
  @IsOptional()
  @IsBoolean()
  linkedToPolicy?: boolean;

  @EnumListFilter(ComplaintStep, { description: 'Completed all of these protocol steps.' })
  protocolStepsDone?: ComplaintStep[];

  @Field(() => ComplaintStep, {
    nullable: true,
    description: 'Did not complete this protocol step.',
  })
  @IsOptional()
  @IsEnum(ComplaintStep)
  protocolStepMissing?: ComplaintStep;

  @Field(() => SlaClock, {
    nullable: true,
    description:
      'Open and past this target now (first response: still unanswered), as the Attention page counts it.',
  })
  @IsOptional()
  @IsEnum(SlaClock)
  overdue?: SlaClock;

  @Field(() => Int, {
    nullable: true,
    description: `Open and without an update the customer saw (reply, decision, status change) for at least this many days, 1 to ${MAX_STALE_DAYS}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STALE_DAYS)
  noUpdateForDays?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Needs attention: open and past a service-level target now, or without an update for this many days (1 to ${MAX_STALE_DAYS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_STALE_DAYS)
  needsAttentionDays?: number;

  @Field(() => FirstContactOutcome, {
    nullable: true,
    description: 'Where the decision was given (see FirstContactOutcome).',
  })
  @IsOptional()
  @IsEnum(FirstContactOutcome)
  firstContact?: FirstContactOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'Escalated to this destination (a team name or the person or body written down).',
  })
  @IsOptional()
  @IsText(LIMITS.shortText)
  escalatedTo?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `These items only (at most ${MAX_DRILLDOWN_IDS}): for short lists such as the oldest open items.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_DRILLDOWN_IDS)
  @IsUUID('all', { each: true, message: '$property must hold ids' })
  itemIds?: string[];
}
