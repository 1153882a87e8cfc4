import type {
  ActionStatus,
  Channel,
  ItemEventType,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  Role,
  StaffingEventType,
  TextCue,
  ViabilityDecision,
} from './vocabulary';

/** A calendar day in UTC, `YYYY-MM-DD`. */
export type IsoDay = string;

export interface DemoTeam {
  key: string;
  name: string;
  description: string;
  staffCount: number;
  /** Who the team serves: the public, or colleagues. */
  audience: 'external' | 'internal';
}

export interface DemoPolicy {
  key: string;
  name: string;
  description: string;
  owner: string;
  /** What people actually write when they mean this rule. */
  aliases: string[];
}

export interface DemoTheme {
  key: string;
  name: string;
  description: string;
  keywords: string[];
  /** Labelled example texts for training a theme model. */
  examples: string[];
}

export interface DemoServiceLevel {
  kind: ItemKind;
  priority: Priority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  teamKey: string | null;
}

export interface DemoImprovementAction {
  key: string;
  title: string;
  description: string;
  owner: string;
  policyKey: string | null;
  themeKey: string | null;
  teamKey: string | null;
  status: ActionStatus;
  /** Null while the action is only planned. */
  startedOn: IsoDay | null;
  doneOn: IsoDay | null;
}

export interface DemoOrganisation {
  name: string;
  teams: DemoTeam[];
  policies: DemoPolicy[];
  themes: DemoTheme[];
  serviceLevels: DemoServiceLevel[];
  users: DemoUser[];
  actions: DemoImprovementAction[];
}

export interface DemoItemEvent {
  type: ItemEventType;
  occurredAt: Date;
  /** The new status, on `status_changed` events. */
  status?: ItemStatus;
  text?: string;
  /** Who or what the item was escalated to, on `escalated` events. */
  escalatedTo?: string;
  /** The rule an exception was granted or refused against. */
  policyKey?: string;
  /** 1–5, on `satisfaction_check` events that got an answer. */
  satisfaction?: number;
  /** Absent for automatic changes (auto-close). */
  actorEmail?: string;
  /** Ground truth: cues written into this event's text. */
  cues?: TextCue[];
}

export interface DemoItem {
  /** Stable across runs with the same seed and `now`: `DEMO-0000001`. */
  externalId: string;
  externalSource: 'demo';
  kind: ItemKind;
  source: ItemSource;
  channel: Channel;
  teamKey: string;
  /** The policy the item was explicitly linked to when it was recorded. */
  policyKey: string | null;
  text: string;
  /** Pseudonymous: `C-004211` for customers, `E-01234` for colleagues, null for staff reports. */
  customerRef: string | null;
  priority: Priority;
  status: ItemStatus;
  viability: ViabilityDecision | null;
  satisfaction: number | null;
  receivedAt: Date;
  /** Equals the first `staff_reply` event. */
  firstResponseAt: Date | null;
  /** Equals the last `resolved` status change, while the item is resolved or closed. */
  resolvedAt: Date | null;
  /** Equals the `closed` status change. */
  closedAt: Date | null;
  /** The staff member who logged a phone or in-person item, or wrote a staff report. */
  recordedByEmail: string | null;
  events: DemoItemEvent[];
  /** Ground truth for evaluation: the themes the text is about. */
  themeKeys: string[];
  /** Ground truth for evaluation: the policy the text refers to by name, alias or typo. */
  mentionedPolicyKey: string | null;
  /** Ground truth for evaluation: cues written into the item's text. */
  cues: TextCue[];
}

export interface DemoPulseEntry {
  teamKey: string;
  submittedOn: IsoDay;
  /** 1 (light) to 5 (overwhelming). */
  workload: number;
  text: string | null;
  anonymous: boolean;
  /** Always null when anonymous. */
  authorEmail: string | null;
  /** Ground truth: cues written into the text. */
  cues: TextCue[];
}

export interface DemoStaffingEvent {
  teamKey: string;
  type: StaffingEventType;
  occurredOn: IsoDay;
  /** Length of the absence, on `sick_leave` events. */
  sickDays?: number;
}
