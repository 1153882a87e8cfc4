// An item's life after it arrives: first reply, the waits (on the customer, on someone inside),
// escalations and exceptions, the decision, follow-up and satisfaction check, closing — as a
// timeline of events, cut at `now` so that nothing is in the future.
import { DAY_MS, HOUR_MS, MINUTE_MS, toWorkingTime } from './calendar';
import { SERVICE_LEVELS } from './organisation';
import type { TeamProfile } from './profiles';
import { Weighted, type Random } from './random';
import { IMPROVEMENT_ACTION, POLICY_CHANGE, TEAM_OVERLOAD } from './stories';
import type { ReplyHabits, ReplyWriter, WrittenReply } from './text/replies';
import type { Topic } from './text/topic';
import type { DemoItemEvent } from './types';
import type { Channel, ItemKind, ItemStatus, Priority, ViabilityDecision } from './vocabulary';

export interface LifecycleContext {
  kind: ItemKind;
  priority: Priority;
  channel: Channel;
  receivedMs: number;
  nowMs: number;
  profile: TeamProfile;
  topic: Topic;
  /** The team's seasonal busyness that day (about 1). */
  load: number;
  /** Story: 0 for a healthy team, up to 1 for a team at the peak of overload. */
  strain: number;
  /** Story: 0 before responses slow, up to 1 once they are as slow as they get. */
  slowdown: number;
  /** Story: the stricter receipt rule applies to this item. */
  receiptRuleTightened: boolean;
  /** Story: this item skips the director's approval for laptops. */
  laptopApprovalRemoved: boolean;
  /** The staff member who owns the item. */
  staffEmail: string;
  writer: ReplyWriter;
  random: Random;
}

export interface Lifecycle {
  status: ItemStatus;
  viability: ViabilityDecision | null;
  satisfaction: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  events: DemoItemEvent[];
}

const KIND_REPLY_FACTOR: Record<ItemKind, number> = {
  complaint: 0.8,
  request: 1,
  feedback: 2.5,
  compliment: 4,
};
const PRIORITY_REPLY_FACTOR: Record<Priority, number> = {
  urgent: 0.15,
  high: 0.45,
  normal: 1,
  low: 1.8,
};

const DECISIONS = {
  request: Weighted.of<ViabilityDecision>({
    accepted: 78,
    soft_no: 10,
    hard_no: 4,
    referred: 6,
    escalated: 2,
  }),
  complaint: Weighted.of<ViabilityDecision>({
    accepted: 52,
    soft_no: 22,
    hard_no: 9,
    referred: 5,
    escalated: 12,
  }),
  policyRequest: Weighted.of<ViabilityDecision>({
    accepted: 55,
    soft_no: 22,
    hard_no: 14,
    referred: 3,
    escalated: 6,
  }),
  policyComplaint: Weighted.of<ViabilityDecision>({
    accepted: 35,
    soft_no: 28,
    hard_no: 20,
    referred: 2,
    escalated: 15,
  }),
  // Under the stricter receipt rule most refunds can only be refused or swapped for credit.
  tightenedRequest: Weighted.of<ViabilityDecision>({
    accepted: 25,
    soft_no: 35,
    hard_no: 33,
    escalated: 7,
  }),
  tightenedComplaint: Weighted.of<ViabilityDecision>({
    accepted: 18,
    soft_no: 30,
    hard_no: 37,
    escalated: 15,
  }),
};

const SATISFACTION_BASE: Record<ViabilityDecision, number> = {
  accepted: 4.4,
  escalated: 3.6,
  soft_no: 3.4,
  referred: 3.1,
  hard_no: 1.8,
};

const SLA = new Map(SERVICE_LEVELS.map((level) => [`${level.kind}:${level.priority}`, level]));

type EventFields = Omit<DemoItemEvent, 'occurredAt' | 'actorEmail'>;

/** Events in the order they happen, with their times kept as numbers for the cut at `now`. */
class Timeline {
  readonly events: DemoItemEvent[] = [];
  readonly times: number[] = [];

  constructor(private readonly actorEmail: string) {}

  status(ms: number, status: ItemStatus, text?: string, byStaff = true): void {
    const event: DemoItemEvent = { type: 'status_changed', occurredAt: new Date(ms), status };
    if (text !== undefined) event.text = text;
    if (byStaff) event.actorEmail = this.actorEmail;
    this.push(ms, event);
  }

  reply(
    ms: number,
    written: WrittenReply,
    type: 'staff_reply' | 'follow_up' = 'staff_reply',
  ): void {
    this.add(ms, { type, text: written.text, cues: written.cues });
  }

  add(ms: number, fields: EventFields): void {
    // Built field by field: spreading and deleting keys is slow at a million items.
    const event: DemoItemEvent = {
      type: fields.type,
      occurredAt: new Date(ms),
      actorEmail: this.actorEmail,
    };
    if (fields.text !== undefined) event.text = fields.text;
    if (fields.escalatedTo !== undefined) event.escalatedTo = fields.escalatedTo;
    if (fields.policyKey !== undefined) event.policyKey = fields.policyKey;
    if (fields.satisfaction !== undefined) event.satisfaction = fields.satisfaction;
    if (fields.cues !== undefined && fields.cues.length > 0) event.cues = fields.cues;
    this.push(ms, event);
  }

  private push(ms: number, event: DemoItemEvent): void {
    this.times.push(ms);
    this.events.push(event);
  }
}

function decide(context: LifecycleContext): ViabilityDecision {
  const { kind, topic, random } = context;
  const complaint = kind === 'complaint';
  if (topic.policyKey === POLICY_CHANGE.policyKey && context.receiptRuleTightened) {
    return (complaint ? DECISIONS.tightenedComplaint : DECISIONS.tightenedRequest).draw(random);
  }
  if (topic.policyKey)
    return (complaint ? DECISIONS.policyComplaint : DECISIONS.policyRequest).draw(random);
  return (complaint ? DECISIONS.complaint : DECISIONS.request).draw(random);
}

/**
 * Excuses and blame are a minority habit, commoner under strain and behind a rule. They turn up
 * when staff say no or pass the customer on, and sometimes in the first reply to a complaint;
 * never alongside good news.
 */
function habits(context: LifecycleContext, decision: ViabilityDecision | null): ReplyHabits {
  const { random, topic, strain } = context;
  if (decision === 'accepted' || decision === 'escalated') return { excuse: false, blame: false };
  if (decision === null && context.kind !== 'complaint') return { excuse: false, blame: false };
  const weight =
    decision === 'hard_no' ? 3 : decision === 'soft_no' || decision === 'referred' ? 1.5 : 0.7;
  const rule = topic.policyKey ? 2 : 1;
  const tightened =
    topic.policyKey === POLICY_CHANGE.policyKey && context.receiptRuleTightened ? 1.6 : 1;
  const pressure = 1 + 2 * strain;
  return {
    excuse: random.chance(Math.min(0.6, 0.03 * weight * rule * tightened * pressure)),
    blame: random.chance(Math.min(0.4, 0.015 * weight * rule * pressure)),
  };
}

/**
 * Rules kept more in the breach than the observance: staff take the complaint by phone, waive the
 * late fee as goodwill, whenever asked. Exceptions are asked for on most items and nearly always
 * granted, so these policies are the wasteful candidates a process owner should
 * question (usually waived, often complained about, nothing recorded that they prevent).
 */
const USUALLY_WAIVED = new Set(['complaints-in-writing', 'late-payment-fee']);

interface ExceptionOutcome {
  granted: boolean;
  refused: boolean;
}

function waivedException(random: Random): ExceptionOutcome {
  if (!random.chance(0.7)) return { granted: false, refused: false };
  // Waived even when the request itself is refused: the complaint is taken by phone, then not upheld.
  const granted = random.chance(0.9);
  return { granted, refused: !granted };
}

/** Other rules: an exception now and then when the answer is yes, refusals behind a no. */
function ruleException(context: LifecycleContext, decision: ViabilityDecision): ExceptionOutcome {
  const { random, topic } = context;
  const tightened = topic.policyKey === POLICY_CHANGE.policyKey && context.receiptRuleTightened;
  const granted = decision === 'accepted' && random.chance(tightened ? 0.6 : 0.3);
  const refused =
    (decision === 'hard_no' && random.chance(0.6)) ||
    (decision === 'soft_no' && random.chance(0.35));
  return { granted, refused };
}

function answerSatisfaction(
  context: LifecycleContext,
  decision: ViabilityDecision,
  firstReplyLate: boolean,
  resolutionLate: boolean,
  badHabits: boolean,
): number {
  let score = SATISFACTION_BASE[decision] + 0.7 * context.random.normal();
  if (firstReplyLate) score -= 0.7;
  if (resolutionLate) score -= 0.6;
  if (badHabits) score -= 0.8;
  return Math.max(1, Math.min(5, Math.round(score)));
}

interface Outcome {
  decisionMs: number | null;
  decision: ViabilityDecision | null;
}

const NO_DECISION: Outcome = { decisionMs: null, decision: null };

export function runLifecycle(context: LifecycleContext): Lifecycle {
  const { kind, priority, channel, receivedMs, profile, topic, random, writer } = context;
  const hours = profile.hours;
  const timeline = new Timeline(context.staffEmail);
  const working = (ms: number) => toWorkingTime(ms, hours, random);
  const workFactor = 1 + (TEAM_OVERLOAD.workFactor - 1) * context.slowdown;
  // A spell of hands-on work, including the time it sits in someone's queue.
  const spell = (from: number) =>
    working(from + random.logNormal(profile.workMinutes * 4 * workFactor, 0.9) * MINUTE_MS);
  const sla = SLA.get(`${kind}:${priority}`);
  if (!sla) throw new Error(`no service level for ${kind}/${priority}`);

  timeline.status(receivedMs, 'new', undefined, false);

  // Small feedback and compliments are sometimes just filed.
  if ((kind === 'feedback' || kind === 'compliment') && random.chance(0.12)) {
    timeline.status(working(receivedMs + random.logNormal(2, 0.8) * DAY_MS), 'closed');
    return finish(timeline, context, NO_DECISION);
  }

  // First reply: chats, visits and half the calls are answered during the contact; the other
  // calls are logged for a callback, and written contacts wait in a queue whose speed depends on
  // kind, priority, the season's busyness and (in the story) the team's overload.
  const live =
    channel === 'in_person' || channel === 'chat' || (channel === 'phone' && random.chance(0.5));
  const slowFactor = 1 + (TEAM_OVERLOAD.responseFactor - 1) * context.slowdown;
  const queueMinutes = live
    ? random.logNormal(6, 0.6) * (1 + 4 * context.slowdown)
    : random.logNormal(
        profile.firstReplyMinutes *
          KIND_REPLY_FACTOR[kind] *
          PRIORITY_REPLY_FACTOR[priority] *
          (channel === 'letter' ? 4 : channel === 'phone' ? 0.6 : 1) *
          context.load ** 1.5 *
          slowFactor,
        0.7,
      );
  const firstReplyMs = working(receivedMs + queueMinutes * MINUTE_MS);
  const firstReplyLate = firstReplyMs - receivedMs > sla.firstResponseMinutes * MINUTE_MS;
  const protocol = 1 - 0.5 * context.strain;
  const decision = kind === 'request' || kind === 'complaint' ? decide(context) : null;
  const ackHabits = habits(context, null);
  timeline.status(firstReplyMs, 'in_progress');
  timeline.reply(
    firstReplyMs,
    writer.acknowledge(
      kind,
      {
        apologise: random.chance(0.9 * protocol + 0.05),
        promiseUpdate: random.chance(0.45 * protocol),
      },
      ackHabits,
    ),
  );

  if (decision === null) {
    const resolvedMs = working(firstReplyMs + random.logNormal(30, 1) * MINUTE_MS);
    timeline.status(resolvedMs, 'resolved');
    timeline.status(resolvedMs + random.logNormal(3, 0.5) * DAY_MS, 'closed', undefined, false);
    return finish(timeline, context, NO_DECISION);
  }

  let t = firstReplyMs;
  const complaint = kind === 'complaint';

  // Waiting on the customer for information; a few never answer and the item is closed.
  if (random.chance(complaint ? 0.2 : topic.policyKey ? 0.32 : 0.24)) {
    t = spell(t);
    timeline.reply(t, writer.askForInformation());
    timeline.status(t, 'waiting_on_customer', writer.note('customerWaitStatus'));
    if (random.chance(0.05)) {
      timeline.status(t + random.int(10, 14) * DAY_MS, 'closed', writer.note('autoClose'), false);
      return finish(timeline, context, NO_DECISION);
    }
    t += random.logNormal(26, 1) * HOUR_MS;
    timeline.status(t, 'in_progress', undefined, false);
  }

  // The complaint-handling protocol: offer options, sometimes waiting for the customer's pick.
  if (complaint && random.chance(0.55 * protocol)) {
    t = spell(t);
    timeline.reply(t, writer.offerOptions());
    if (random.chance(0.4)) {
      timeline.status(t, 'waiting_on_customer', writer.note('customerWaitStatus'));
      t += random.logNormal(10, 0.9) * HOUR_MS;
      timeline.status(t, 'in_progress', undefined, false);
    }
  }

  // Escalation: someone more senior takes a look, and the item waits for them.
  if (decision === 'escalated') {
    t = spell(t);
    timeline.add(t, {
      type: 'escalated',
      escalatedTo: random.pick(profile.escalateTo),
      text: writer.note('escalationReason'),
    });
    timeline.status(t, 'waiting_internal', writer.note('waitReasonStatus'));
    t = working(t + random.logNormal(30, 0.8) * HOUR_MS);
    timeline.status(t, 'in_progress');
  }

  // Waiting on someone inside: an approval, another team, a supplier. The director's approval
  // for laptops is the bottleneck that the improvement action removes.
  let wait = topic.internalWait;
  if (topic.policyKey === IMPROVEMENT_ACTION.policyKey && context.laptopApprovalRemoved) {
    wait = { probability: 0.3, medianHours: 10 };
  }
  if (random.chance(wait.probability)) {
    t = spell(t);
    timeline.reply(t, writer.waitingInternally());
    timeline.status(t, 'waiting_internal', writer.note('waitReasonStatus'));
    // A few are forgotten and never come back: the old end of the backlog.
    if (random.chance(0.008)) return finish(timeline, context, NO_DECISION);
    t = working(t + random.logNormal(wait.medianHours, 0.7) * HOUR_MS);
    timeline.status(t, 'in_progress');
  }

  // Exceptions to the rule, granted or refused, are recorded against the policy.
  if (topic.policyKey) {
    const { granted, refused } = USUALLY_WAIVED.has(topic.policyKey)
      ? waivedException(random)
      : ruleException(context, decision);
    if (granted || refused) {
      t = spell(t);
      timeline.add(t, {
        type: granted ? 'exception_granted' : 'exception_refused',
        policyKey: topic.policyKey,
        text: writer.note(granted ? 'exceptionGranted' : 'exceptionRefused'),
      });
    }
  }

  // The decision.
  t = spell(t);
  const resolutionHabits = habits(context, decision);
  const askForFeedback = complaint && random.chance(0.3 * protocol);
  timeline.reply(t, writer.resolve(decision, askForFeedback, resolutionHabits));
  timeline.status(t, 'resolved');
  const decisionMs = t;

  // Some come back: the fix did not hold, or the customer disputes the answer.
  if (random.chance(decision === 'hard_no' ? 0.1 : 0.035)) {
    t = working(t + random.logNormal(3, 0.8) * DAY_MS);
    timeline.status(t, 'in_progress', writer.note('reopenNote'), false);
    t = spell(t);
    timeline.reply(t, writer.resolve('accepted', false, { excuse: false, blame: false }));
    timeline.status(t, 'resolved');
  }
  const resolutionLate = t - receivedMs > sla.resolutionMinutes * MINUTE_MS;

  // Follow-through and the satisfaction check, mostly for complaints.
  if (random.chance((complaint ? 0.5 : 0.08) * protocol)) {
    t = working(t + random.logNormal(2, 0.5) * DAY_MS);
    timeline.reply(t, writer.followUp(), 'follow_up');
  }
  if (random.chance((complaint ? 0.5 : 0.2) * protocol)) {
    t = working(t + random.logNormal(1.5, 0.6) * DAY_MS);
    const check = writer.satisfactionCheck(random.chance(0.5));
    const event: EventFields = { type: 'satisfaction_check', text: check.text, cues: check.cues };
    // A quarter of customers never answer the check.
    if (random.chance(0.75)) {
      const badHabits =
        ackHabits.excuse || ackHabits.blame || resolutionHabits.excuse || resolutionHabits.blame;
      event.satisfaction = answerSatisfaction(
        context,
        decision,
        firstReplyLate,
        resolutionLate,
        badHabits,
      );
    }
    timeline.add(t, event);
  }

  timeline.status(t + random.logNormal(3, 0.4) * DAY_MS, 'closed', undefined, false);
  return finish(timeline, context, { decisionMs, decision });
}

/** Cuts the timeline at `now` and derives the item's fields from what has happened so far. */
function finish(timeline: Timeline, context: LifecycleContext, outcome: Outcome): Lifecycle {
  const { events, times } = timeline;
  let status: ItemStatus = 'new';
  let firstResponseAt: Date | null = null;
  let resolvedAt: Date | null = null;
  let closedAt: Date | null = null;
  let escalated = false;
  let satisfaction: number | null = null;
  let kept = 0;
  for (; kept < events.length && times[kept] <= context.nowMs; kept++) {
    const event = events[kept];
    switch (event.type) {
      case 'status_changed':
        status = event.status ?? status;
        if (status === 'resolved') resolvedAt = event.occurredAt;
        if (status === 'closed') closedAt = event.occurredAt;
        if (status === 'in_progress') resolvedAt = null;
        break;
      case 'staff_reply':
        firstResponseAt ??= event.occurredAt;
        break;
      case 'escalated':
        escalated = true;
        break;
      case 'satisfaction_check':
        satisfaction = event.satisfaction ?? null;
        break;
      case 'exception_granted':
      case 'exception_refused':
      case 'follow_up':
        break;
    }
  }
  events.length = kept;
  let viability: ViabilityDecision | null = null;
  if (
    outcome.decision !== null &&
    outcome.decisionMs !== null &&
    outcome.decisionMs <= context.nowMs
  ) {
    viability = outcome.decision;
  } else if (escalated) {
    viability = 'escalated';
  }
  return { status, viability, satisfaction, firstResponseAt, resolvedAt, closedAt, events };
}
