// The injected stories: what changes, when (relative to `now`), and what the analysis should
// find. The generator reads its effects from `StoryEffects`; tests and docs read the same dates
// from `describeStories`.
import { DAY_MS, isoDay, startOfUtcDay } from './calendar';
import type { IsoDay } from './types';

export type StoryKey = 'policy-change' | 'team-overload' | 'improvement-action';

export interface StoryMilestone {
  name: string;
  daysBeforeNow: number;
  what: string;
}

export interface DemoStoryDefinition {
  key: StoryKey;
  title: string;
  teamKeys: readonly string[];
  policyKey: string | null;
  actionKey: string | null;
  themeKey: string | null;
  milestones: readonly StoryMilestone[];
  expectedSignal: string;
  control: string;
}

export interface DemoStory extends Omit<DemoStoryDefinition, 'milestones'> {
  milestones: (StoryMilestone & { on: IsoDay })[];
}

export const POLICY_CHANGE = {
  policyKey: 'refund-receipt',
  teamKeys: ['billing', 'customer-care'],
  changedDaysBeforeNow: 150,
  /** Contacts about refunds after the change, relative to before. */
  volumeBoost: 2.2,
  /** How much likelier a refund contact is to be a complaint after the change. */
  complaintBoost: 2.4,
} as const;

export const TEAM_OVERLOAD = {
  teamKey: 'repairs',
  pulseRiseDaysBeforeNow: 365,
  sickLeaveDaysBeforeNow: 308,
  departureDaysBeforeNow: [280, 266, 245],
  slowdownDaysBeforeNow: 224,
  /** Pulse workload added once the rise is complete. */
  pulseShift: 1.5,
  pulseRampDays: 56,
  sickLeaveBoost: 3,
  /** First responses take this many times longer once the slowdown is complete. */
  responseFactor: 2.6,
  /** Hands-on work (in progress) takes this many times longer. */
  workFactor: 3,
  slowdownRampDays: 28,
} as const;

export const IMPROVEMENT_ACTION = {
  actionKey: 'laptop-approval-removed',
  policyKey: 'laptop-approval',
  teamKey: 'it-service-desk',
  themeKey: 'it-equipment',
  startedDaysBeforeNow: 270,
  doneDaysBeforeNow: 245,
} as const;

/** The earliest milestone is a year before now; stories need history before it. */
export const MIN_MONTHS_FOR_STORIES = 18;

export const DEMO_STORIES: readonly DemoStoryDefinition[] = [
  {
    key: 'policy-change',
    title: 'A stricter receipt rule raises complaints about it',
    teamKeys: POLICY_CHANGE.teamKeys,
    policyKey: POLICY_CHANGE.policyKey,
    actionKey: null,
    themeKey: 'refunds',
    milestones: [
      {
        name: 'changedOn',
        daysBeforeNow: POLICY_CHANGE.changedDaysBeforeNow,
        what: '"Refunds need a receipt" now demands the original receipt; bank statements and order history no longer count',
      },
    ],
    expectedSignal:
      'From changedOn, refund contacts in Billing and Customer Care roughly double and more of them are complaints: complaints linked to or citing the policy (by name, alias or typo) rise about 3.5x per week, and refused exceptions and hard noes on it rise with them. A rising-policy test should flag it within a month.',
    control:
      'Other policies, and refund complaints before changedOn, stay at their usual weekly level.',
  },
  {
    key: 'team-overload',
    title: 'Repairs & Installations becomes overloaded',
    teamKeys: [TEAM_OVERLOAD.teamKey],
    policyKey: null,
    actionKey: null,
    themeKey: null,
    milestones: [
      {
        name: 'pulseRiseFrom',
        daysBeforeNow: TEAM_OVERLOAD.pulseRiseDaysBeforeNow,
        what: 'pulse workload starts rising (about +1.5 over eight weeks) and overload language spreads',
      },
      {
        name: 'sickLeaveFrom',
        daysBeforeNow: TEAM_OVERLOAD.sickLeaveDaysBeforeNow,
        what: 'sick leave becomes about three times as frequent, with more long absences',
      },
      ...TEAM_OVERLOAD.departureDaysBeforeNow.map((days, i) => ({
        name: `departure${i + 1}`,
        daysBeforeNow: days,
        what: 'an engineer leaves the team',
      })),
      {
        name: 'slowdownFrom',
        daysBeforeNow: TEAM_OVERLOAD.slowdownDaysBeforeNow,
        what: 'first responses slow (about 2.6x within four weeks) and hands-on work about 3x; SLA breaches, excuses and blame rise',
      },
    ],
    expectedSignal:
      'In this order, weeks apart: pulse workload and overload comments rise, then sick leave and three departures, then median first response and resolution times and SLA breaches rise. The team should show as overloaded before its response times slip.',
    control: 'The other teams keep their workload, absences and response times.',
  },
  {
    key: 'improvement-action',
    title: 'Removing director approval for laptops removes a bottleneck',
    teamKeys: [IMPROVEMENT_ACTION.teamKey],
    policyKey: IMPROVEMENT_ACTION.policyKey,
    actionKey: IMPROVEMENT_ACTION.actionKey,
    themeKey: IMPROVEMENT_ACTION.themeKey,
    milestones: [
      {
        name: 'startedOn',
        daysBeforeNow: IMPROVEMENT_ACTION.startedDaysBeforeNow,
        what: 'the action starts: standard laptop replacements will no longer need a director',
      },
      {
        name: 'doneOn',
        daysBeforeNow: IMPROVEMENT_ACTION.doneDaysBeforeNow,
        what: 'the approval step is gone for laptop requests received from this day',
      },
    ],
    expectedSignal:
      'Laptop requests (policy laptop-approval) wait in waiting_internal for a median of about five days before the action and well under a day after doneOn; fewer of them wait at all, and their lead time falls.',
    control:
      'Waiting_internal time of other IT Service Desk topics and of every other team stays flat across doneOn.',
  },
];

/** The stories with concrete dates for a given `now`. */
export function describeStories(now: Date): DemoStory[] {
  const today = startOfUtcDay(now.getTime());
  return DEMO_STORIES.map((story) => ({
    ...story,
    teamKeys: [...story.teamKeys],
    milestones: story.milestones.map((milestone) => ({
      ...milestone,
      on: isoDay(today - milestone.daysBeforeNow * DAY_MS),
    })),
  }));
}

/** Clamped linear ramp from 0 (at `fromMs`) to 1 (after `rampDays`). */
function ramp(ms: number, fromMs: number, rampDays: number): number {
  if (ms <= fromMs) return 0;
  return Math.min(1, (ms - fromMs) / (rampDays * DAY_MS));
}

/**
 * How the stories bend the organisation's behaviour at a given moment. With stories off every
 * method returns the steady value (the state before any story), so the two runs share a baseline.
 */
export class StoryEffects {
  private readonly policyChangedMs: number;
  private readonly pulseRiseMs: number;
  private readonly sickLeaveMs: number;
  private readonly slowdownMs: number;
  private readonly actionDoneMs: number;
  readonly departureDays: readonly number[];

  constructor(
    now: Date,
    readonly enabled: boolean,
  ) {
    const today = startOfUtcDay(now.getTime());
    const daysBack = (days: number) => (enabled ? today - days * DAY_MS : Infinity);
    this.policyChangedMs = daysBack(POLICY_CHANGE.changedDaysBeforeNow);
    this.pulseRiseMs = daysBack(TEAM_OVERLOAD.pulseRiseDaysBeforeNow);
    this.sickLeaveMs = daysBack(TEAM_OVERLOAD.sickLeaveDaysBeforeNow);
    this.slowdownMs = daysBack(TEAM_OVERLOAD.slowdownDaysBeforeNow);
    this.actionDoneMs = daysBack(IMPROVEMENT_ACTION.doneDaysBeforeNow);
    this.departureDays = enabled
      ? TEAM_OVERLOAD.departureDaysBeforeNow.map((days) => today - days * DAY_MS)
      : [];
  }

  /** Whether the stricter receipt rule applies to a contact at `ms`. */
  receiptRuleTightened(ms: number): boolean {
    return ms >= this.policyChangedMs;
  }

  /** 0 before the overload, rising to 1 as the team's pulse peaks. */
  overloadStrain(teamKey: string, ms: number): number {
    if (teamKey !== TEAM_OVERLOAD.teamKey) return 0;
    return ramp(ms, this.pulseRiseMs, TEAM_OVERLOAD.pulseRampDays);
  }

  sickLeaveMultiplier(teamKey: string, ms: number): number {
    return teamKey === TEAM_OVERLOAD.teamKey && ms >= this.sickLeaveMs
      ? TEAM_OVERLOAD.sickLeaveBoost
      : 1;
  }

  /** 0 before the slowdown, rising to 1 once responses are as slow as they get. */
  slowdown(teamKey: string, ms: number): number {
    if (teamKey !== TEAM_OVERLOAD.teamKey) return 0;
    return ramp(ms, this.slowdownMs, TEAM_OVERLOAD.slowdownRampDays);
  }

  /** Whether laptop requests received at `ms` skip the director's approval. */
  laptopApprovalRemoved(ms: number): boolean {
    return ms >= this.actionDoneMs;
  }
}
