// Staff pulse comments: how the week felt, what customers keep asking for, what gets in the way.
import type { Random } from '../random';
import type { TextCue } from '../vocabulary';
import type { Grammar, RuleSource, Slots } from './grammar';
import { sentences } from './grammar';
import type { WrittenText } from './customer-text';
import { roughen } from './noise';

export const PULSE_RULES: RuleSource = {
  pulseCalm: [
    'Quiet week. Caught up on the older {queue}.',
    'Manageable. Good to have time to do things properly for once.',
    'Light week, so I helped out another team.',
    'Plenty of time to follow up properly this week.',
    'Calm week, nothing to report.',
  ],
  pulseSteady: [
    'Busy but manageable.',
    'Normal week. A few tricky {queue} but fine.',
    'Steady. The new templates are saving time.',
    'OK week, Monday was hectic as usual.',
    'Fine overall, a couple of long days.',
    'Reasonable week, the team pulled together.',
  ],
  pulseStretched: [
    'Busy week and the backlog is growing.',
    'We were short-staffed most of the week.',
    'Too many {queue} for the people we have.',
    'Skipped lunch most days to keep up.',
    "Stretched. We're only just keeping our heads above water.",
    'Long days again, the queue never seems to shrink.',
  ],
  pulseOverloaded: [
    'Drowning in {queue}.',
    'Third weekend of overtime this month.',
    "We're {count} people down and the queue keeps growing.",
    "I haven't had a proper break in weeks.",
    'Honestly burnt out.',
    "Can't keep up. Customers are ringing back angrier each time.",
    'Everyone is off sick or leaving and the rest of us are covering.',
    'Completely overwhelmed, I go home and lie awake thinking about the backlog.',
  ],
  pulseAsk: [
    'Customers keep asking for {customerAsk}.',
    'A lot of people asked about {customerAsk} this week.',
    'We could save a lot of contacts by offering {customerAsk}.',
  ],
  pulseFriction: [
    '{PolicyRef} generates a lot of our contacts.',
    'I spend half my time explaining {policyRef}.',
    'We bend {policyRef} all the time anyway; is it worth having?',
    '{PolicyRef} makes us look unhelpful.',
  ],
};

const BANDS = [
  'pulseCalm',
  'pulseCalm',
  'pulseSteady',
  'pulseStretched',
  'pulseOverloaded',
] as const;

export interface PulseTextPlan {
  workload: number;
  /** Whether the comment cites a policy (then `slots.policyRef` holds how). */
  citesPolicy: boolean;
}

export function writePulseText(
  grammar: Grammar,
  plan: PulseTextPlan,
  random: Random,
  slots: Slots,
): WrittenText {
  const cues: TextCue[] = [];
  const parts = [grammar.expand(BANDS[plan.workload - 1], random, slots)];
  if (plan.workload >= 4) cues.push('overload');
  if (plan.citesPolicy) {
    parts.push(grammar.expand('pulseFriction', random, slots));
    cues.push('policy_friction');
  } else if (random.chance(0.3)) {
    parts.push(grammar.expand('pulseAsk', random, slots));
  }
  const text = sentences(parts);
  return { text: random.chance(0.15) ? roughen(text, random) : text, cues };
}
