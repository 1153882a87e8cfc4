// One day's items: who they are for, what they are about, how they arrived, what the customer
// wrote and what happened next.
import { HOUR_MS, MINUTE_MS } from './calendar';
import { CustomerPool, type Customer } from './customers';
import { runLifecycle } from './lifecycle';
import { USERS } from './organisation';
import { PROFILES, type TeamProfile } from './profiles';
import { Random, Weighted } from './random';
import { IMPROVEMENT_ACTION, POLICY_CHANGE, type StoryEffects } from './stories';
import { CATALOGUE, type TeamCatalogue, type TopicText } from './text/catalogue';
import { writeCustomerText } from './text/customer-text';
import { policyReference } from './text/policy-references';
import { ReplyWriter } from './text/replies';
import type { DemoItem, DemoPolicy, DemoUser } from './types';
import type { DayPlan } from './volume';
import { type Channel, type ItemKind, PRIORITIES, type Priority } from './vocabulary';

// Arrival hour weights (UTC, 0–23) by how people contact us.
const LIVE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 6, 10, 10, 9, 7, 8, 9, 8, 7, 6, 4, 2, 0, 0, 0, 0];
const CHAT_HOURS = [0, 0, 0, 0, 0, 0, 0, 1, 5, 8, 9, 8, 7, 8, 8, 7, 6, 6, 5, 5, 4, 2, 0, 0];
const WRITTEN_HOURS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 3, 6, 8, 8, 7, 7, 7, 6, 6, 5, 5, 5, 6, 6, 5, 3, 2,
];
const POST_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 8, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function hours(weights: readonly number[]): Weighted<number> {
  return new Weighted(weights.map((weight, hour) => [hour, weight] as const));
}

const ARRIVAL_HOURS: Record<Channel, Weighted<number>> = {
  phone: hours(LIVE_HOURS),
  in_person: hours(LIVE_HOURS),
  chat: hours(CHAT_HOURS),
  email: hours(WRITTEN_HOURS),
  web_form: hours(WRITTEN_HOURS),
  social: hours(WRITTEN_HOURS),
  letter: hours(POST_HOURS),
};

/** Team-specific things an item talks about, fixed per item when the team has them. */
const ITEM_CONSTANTS = ['kit', 'software', 'drive'] as const;

interface TeamSetup {
  catalogue: TeamCatalogue;
  profile: TeamProfile;
  staff: readonly DemoUser[];
  topics: Weighted<TopicText>;
  /** Topic choice once the receipt rule is tightened (refund contacts rise). */
  topicsTightened: Weighted<TopicText>;
  priorities: Weighted<Priority>;
}

interface TopicSetup {
  kinds: Weighted<ItemKind>;
  /** Kind choice once the receipt rule is tightened (more complaints). */
  kindsTightened: Weighted<ItemKind>;
}

/** An item before its text and lifecycle: enough to put the day in order. */
interface Arrival {
  team: TeamSetup;
  topic: TopicText;
  kind: ItemKind;
  channel: Channel;
  staffReport: boolean;
  receivedMs: number;
  load: number;
}

function isStoryTopic(topic: TopicText): boolean {
  return topic.topic.policyKey === POLICY_CHANGE.policyKey;
}

export class ItemFactory {
  private readonly teams: TeamSetup[];
  private readonly topicSetups = new Map<TopicText, TopicSetup>();
  private readonly customers: CustomerPool;
  private readonly policies: ReadonlyMap<string, DemoPolicy>;
  private sequence = 0;

  constructor(
    private readonly random: Random,
    private readonly effects: StoryEffects,
    policies: readonly DemoPolicy[],
    private readonly startMs: number,
    private readonly nowMs: number,
  ) {
    this.customers = new CustomerPool(random.fork('customers'));
    this.policies = new Map(policies.map((policy) => [policy.key, policy]));
    this.teams = CATALOGUE.map((catalogue, i) => {
      const weighted = (boost: number) =>
        new Weighted(
          catalogue.topics.map(
            (topic) => [topic, topic.topic.weight * (isStoryTopic(topic) ? boost : 1)] as const,
          ),
        );
      for (const topic of catalogue.topics) {
        const kinds = topic.topic.kinds;
        this.topicSetups.set(topic, {
          kinds: Weighted.of(kinds),
          kindsTightened: Weighted.of({
            ...kinds,
            complaint: (kinds.complaint ?? 0) * POLICY_CHANGE.complaintBoost,
          }),
        });
      }
      return {
        catalogue,
        profile: PROFILES[i],
        staff: USERS.filter((user) => user.role === 'staff' && user.teamKey === catalogue.team.key),
        topics: weighted(1),
        topicsTightened: weighted(POLICY_CHANGE.volumeBoost),
        priorities: Weighted.of(PROFILES[i].priorities),
      };
    });
  }

  /** The items arriving on one day, in order of arrival. */
  day(plan: DayPlan): DemoItem[] {
    const progress = (plan.dayMs - this.startMs) / (this.nowMs - this.startMs);
    const channels = this.teams.map(({ profile }) => {
      const mix: Partial<Record<Channel, number>> = {};
      for (const channel of Object.keys({
        ...profile.channelsThen,
        ...profile.channelsNow,
      }) as Channel[]) {
        const then = profile.channelsThen[channel] ?? 0;
        const now = profile.channelsNow[channel] ?? 0;
        mix[channel] = then + (now - then) * progress;
      }
      return Weighted.of(mix);
    });
    const tightened = this.effects.receiptRuleTightened(plan.dayMs);
    const arrivals: Arrival[] = [];
    for (let i = 0; i < plan.count; i++) {
      const teamIndex = plan.teams.draw(this.random);
      const team = this.teams[teamIndex];
      const topic = (tightened ? team.topicsTightened : team.topics).draw(this.random);
      const setup = this.topicSetups.get(topic);
      if (!setup) throw new Error(`unknown topic ${topic.topic.key}`);
      const staffReport = this.random.chance(0.035);
      const kind: ItemKind = staffReport
        ? 'feedback'
        : (tightened && isStoryTopic(topic) ? setup.kindsTightened : setup.kinds).draw(this.random);
      const channel: Channel = staffReport ? 'web_form' : channels[teamIndex].draw(this.random);
      arrivals.push({
        team,
        topic,
        kind,
        channel,
        staffReport,
        receivedMs: this.arrivalTime(plan, channel),
        load: plan.load[teamIndex],
      });
    }
    arrivals.sort((a, b) => a.receivedMs - b.receivedMs);
    return arrivals.map((arrival) => this.item(arrival));
  }

  private arrivalTime(plan: DayPlan, channel: Channel): number {
    const ms =
      plan.dayMs +
      ARRIVAL_HOURS[channel].draw(this.random) * HOUR_MS +
      this.random.next() * 60 * MINUTE_MS;
    // On the last, partial day squeeze arrivals into the hours that have passed.
    return ms < plan.endMs ? ms : plan.dayMs + this.random.next() * (plan.endMs - plan.dayMs);
  }

  private priority(team: TeamSetup, kind: ItemKind): Priority {
    if (kind === 'compliment' || kind === 'feedback')
      return this.random.chance(0.5) ? 'low' : 'normal';
    const drawn = team.priorities.draw(this.random);
    if (kind !== 'complaint' || !this.random.chance(0.25)) return drawn;
    return PRIORITIES[Math.min(PRIORITIES.indexOf(drawn) + 1, PRIORITIES.length - 1)];
  }

  private item(arrival: Arrival): DemoItem {
    const { team, topic, kind, channel, staffReport, receivedMs } = arrival;
    const random = this.random;
    const external = team.catalogue.team.audience === 'external';
    const teamKey = team.catalogue.team.key;
    const owner = random.pick(team.staff);
    const author = staffReport ? random.pick(team.staff) : null;
    const customer: Customer | null = staffReport
      ? null
      : external
        ? this.customers.customer()
        : this.customers.colleague();
    const policy = topic.topic.policyKey
      ? (this.policies.get(topic.topic.policyKey) ?? null)
      : null;
    const tightened = isStoryTopic(topic) && this.effects.receiptRuleTightened(receivedMs);
    const strain = this.effects.overloadStrain(teamKey, receivedMs);
    const complaint = kind === 'complaint';
    const troubled = customer !== null && (customer.badOutcomes > 0 || customer.contacts > 2);

    const citesPolicy =
      policy !== null &&
      random.chance(
        staffReport
          ? 0.6
          : complaint
            ? tightened
              ? 0.85
              : 0.7
            : kind === 'feedback'
              ? 0.5
              : kind === 'request'
                ? 0.3
                : 0,
      );
    const runaround =
      !staffReport &&
      random.chance(
        complaint ? 0.12 + (troubled ? 0.25 : 0) + 0.15 * strain : kind === 'request' ? 0.03 : 0,
      );
    const churn =
      external && complaint && random.chance(0.03 + (troubled ? 0.12 : 0) + (tightened ? 0.08 : 0));
    const escalationDemand = complaint
      ? random.chance(runaround ? 0.17 : 0.07)
      : kind === 'request' && random.chance(0.01);

    const customerFirst = customer?.firstName ?? (author ? author.displayName.split(' ')[0] : '');
    const grammar = topic.grammar;
    // Fixed for the whole item, so the customer's text and the replies talk about the same
    // appliance, case number and site.
    const slots: Record<string, string | undefined> = {
      customerFirst,
      staffFirst: owner.displayName.split(' ')[0],
      helperName: random.pick(team.staff).displayName.split(' ')[0],
      policyRef: citesPolicy && policy ? policyReference(policy, random) : undefined,
      caseNo: grammar.expand('caseNo', random),
      appliance: grammar.expand('appliance', random),
      site: grammar.expand('site', random),
    };
    for (const name of ITEM_CONSTANTS)
      if (grammar.has(name)) slots[name] = grammar.expand(name, random);
    const written = writeCustomerText(
      grammar,
      {
        kind,
        staffReport,
        citesPolicy,
        afterRuleChange: tightened,
        runaround,
        churn,
        escalationDemand,
        personalData: !staffReport && random.chance(0.04),
      },
      random,
      slots,
    );

    const priority = this.priority(team, kind);
    const lifecycle = runLifecycle({
      kind,
      priority,
      channel,
      receivedMs,
      nowMs: this.nowMs,
      profile: team.profile,
      topic: topic.topic,
      load: arrival.load,
      strain,
      slowdown: this.effects.slowdown(teamKey, receivedMs),
      receiptRuleTightened: tightened,
      laptopApprovalRemoved:
        topic.topic.policyKey === IMPROVEMENT_ACTION.policyKey &&
        this.effects.laptopApprovalRemoved(receivedMs),
      staffEmail: owner.email,
      writer: new ReplyWriter(grammar, random, slots),
      random,
    });

    if (customer && external && complaint) {
      const bad = lifecycle.viability === 'hard_no' || (lifecycle.satisfaction ?? 5) <= 2;
      if (bad) customer.badOutcomes++;
      // Customers who said they would leave mostly do; a bad outcome loses some of the rest.
      if (random.chance(churn ? 0.85 : bad ? 0.3 : 0.01)) this.customers.lose(customer);
    }

    const themeKeys = [...topic.topic.themeKeys];
    if (runaround && !themeKeys.includes('communication')) themeKeys.push('communication');
    if (churn && !themeKeys.includes('cancellation')) themeKeys.push('cancellation');

    this.sequence++;
    return {
      externalId: `DEMO-${String(this.sequence).padStart(7, '0')}`,
      externalSource: 'demo',
      kind,
      source: staffReport ? 'staff' : external ? 'external_customer' : 'internal_customer',
      channel,
      teamKey,
      policyKey: policy && random.chance(0.65) ? policy.key : null,
      text: written.text,
      customerRef: customer?.ref ?? null,
      priority,
      status: lifecycle.status,
      viability: lifecycle.viability,
      satisfaction: lifecycle.satisfaction,
      receivedAt: new Date(receivedMs),
      firstResponseAt: lifecycle.firstResponseAt,
      resolvedAt: lifecycle.resolvedAt,
      closedAt: lifecycle.closedAt,
      recordedByEmail:
        author?.email ?? (channel === 'phone' || channel === 'in_person' ? owner.email : null),
      events: lifecycle.events,
      themeKeys,
      mentionedPolicyKey: citesPolicy && policy ? policy.key : null,
      cues: written.cues,
    };
  }
}
