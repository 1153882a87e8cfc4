// What customers (and staff reporting on their behalf) write: a core sentence from the topic,
// dressed with the extras the item calls for, in an order people actually use.
import type { Random } from '../random';
import type { ItemKind, TextCue } from '../vocabulary';
import { type Grammar, type Slots, lines, sentences } from './grammar';
import { reword, roughen } from './noise';

export interface CustomerTextPlan {
  kind: ItemKind;
  /** A staff member reporting what customers ask for or what gets in the way. */
  staffReport: boolean;
  /** Whether the text cites the item's policy (then `slots.policyRef` holds how). */
  citesPolicy: boolean;
  /** A complaint about a rule that was just tightened (topics with `complaintAfterChange`). */
  afterRuleChange: boolean;
  runaround: boolean;
  churn: boolean;
  escalationDemand: boolean;
  personalData: boolean;
}

export interface WrittenText {
  text: string;
  cues: TextCue[];
}

export function writeCustomerText(
  grammar: Grammar,
  plan: CustomerTextPlan,
  random: Random,
  slots: Slots,
): WrittenText {
  const cues: TextCue[] = [];
  const parts: string[] = [];
  let greeting = '';
  let signOff = '';
  const signOffSometimes = (probability: number) => {
    if (random.chance(probability)) signOff = grammar.expand('signoff', random, slots);
  };
  const add = (rule: string, cue?: TextCue) => {
    parts.push(grammar.expand(rule, random, slots));
    if (cue) cues.push(cue);
  };

  if (plan.staffReport) {
    add('staffReportOpen');
    if (plan.citesPolicy) {
      add(
        grammar.has('staffReport') && random.chance(0.4) ? 'staffReport' : 'staffReportPolicy',
        'policy_friction',
      );
    } else {
      add('staffReport');
    }
    if (random.chance(0.4)) add('suggestion');
    return { text: sentences(parts), cues };
  }

  switch (plan.kind) {
    case 'request':
      if (random.chance(0.45)) greeting = grammar.expand('greeting', random, slots);
      if (random.chance(0.25)) add('requestOpen');
      add('request');
      if (random.chance(0.45)) add('requestDetail');
      if (plan.citesPolicy) add('policyRequest');
      if (plan.runaround) {
        add('runaround', 'runaround');
        add('impact');
      }
      if (plan.escalationDemand) add('escalationDemand', 'escalation_demand');
      if (plan.personalData) add('personalData', 'personal_data');
      add('requestClose');
      signOffSometimes(0.5);
      break;
    case 'complaint': {
      if (random.chance(0.4)) greeting = grammar.expand('greeting', random, slots);
      if (random.chance(0.25)) add('complaintOpen');
      const core =
        plan.afterRuleChange && random.chance(0.7) ? 'complaintAfterChange' : 'complaint';
      if (random.chance(0.3)) parts.push(...grammar.expandDistinct(core, 2, random, slots));
      else add(core);
      if (plan.citesPolicy) add('policyComplaint', 'policy_friction');
      if (plan.runaround) add('runaround', 'runaround');
      if (random.chance(0.55)) add('impact');
      if (plan.churn) add('churn', 'churn');
      if (plan.escalationDemand) add('escalationDemand', 'escalation_demand');
      if (plan.personalData) add('personalData', 'personal_data');
      if (random.chance(0.6)) add('demand');
      signOffSometimes(0.45);
      break;
    }
    case 'feedback':
      add('feedbackOpen');
      if (random.chance(0.4)) add('feedbackContext');
      add('suggestion');
      if (plan.citesPolicy) add('policyFeedback', 'policy_friction');
      if (plan.personalData) add('personalData', 'personal_data');
      add('feedbackClose');
      signOffSometimes(0.3);
      break;
    case 'compliment':
      add('praiseOpen');
      if (random.chance(0.4)) add('praiseContext');
      add('praise');
      add('praiseClose');
      signOffSometimes(0.4);
      break;
  }
  const text = reword(lines(greeting, sentences(parts), signOff), random);
  // About one message in eight is typed in a hurry.
  return { text: random.chance(0.12) ? roughen(text, random) : text, cues };
}
