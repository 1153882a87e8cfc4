// What staff write back. Each reply is tagged with the complaint-handling steps it shows
// (apology, options, follow-through, satisfaction check, request for feedback) and, in the
// minority of replies that have them, the warning signs (excuses, blaming the customer).
import type { Random } from '../random';
import type { ItemKind, TextCue, ViabilityDecision } from '../vocabulary';
import { type Grammar, type Slots, lines, sentences } from './grammar';

export interface WrittenReply {
  text: string;
  cues: TextCue[];
}

/** Bad habits a reply may show; the lifecycle decides how often. */
export interface ReplyHabits {
  excuse: boolean;
  blame: boolean;
}

export interface AcknowledgeManner {
  apologise: boolean;
  /** Promise when the customer will hear next (a follow-through cue). */
  promiseUpdate: boolean;
}

const NO_HABITS: ReplyHabits = { excuse: false, blame: false };

export class ReplyWriter {
  constructor(
    private readonly grammar: Grammar,
    private readonly random: Random,
    private readonly slots: Slots,
  ) {}

  acknowledge(
    kind: ItemKind,
    manner: AcknowledgeManner,
    habits: ReplyHabits = NO_HABITS,
  ): WrittenReply {
    const update: Step | null = manner.promiseUpdate ? ['eta', 'follow_through'] : null;
    switch (kind) {
      case 'complaint':
        return this.write(
          [manner.apologise ? ['apologyOpen', 'apology'] : ['thanksOpen'], ['ackBody'], update],
          habits,
        );
      case 'request':
        return this.write([['thanksOpen'], ['ackRequestBody'], update], habits);
      case 'feedback':
        return this.write([['thanksFeedback']], habits);
      case 'compliment':
        return this.write([['thanksPraise']], habits);
    }
  }

  askForInformation(): WrittenReply {
    return this.write([['askInfo']]);
  }

  waitingInternally(): WrittenReply {
    return this.write([['waitNote', 'follow_through']]);
  }

  offerOptions(): WrittenReply {
    const optionA = this.grammar.expand('option', this.random, this.slots);
    let optionB = this.grammar.expand('option', this.random, this.slots);
    if (optionB === optionA) optionB = 'put everything in writing so you have it to hand';
    return this.write([['offerOptions', 'options_offered']], NO_HABITS, { optionA, optionB });
  }

  resolve(decision: ViabilityDecision, askForFeedback: boolean, habits: ReplyHabits): WrittenReply {
    const feedback: Step | null = askForFeedback ? ['feedbackRequest', 'feedback_request'] : null;
    switch (decision) {
      case 'accepted':
      case 'escalated':
        return this.write([['goodNews'], ['accept'], feedback, ['closing']], habits);
      case 'soft_no':
        return this.write(
          [['regret'], ['softNo', 'options_offered'], feedback, ['closing']],
          habits,
        );
      case 'hard_no':
        return this.write([['regretHard'], ['hardNo'], feedback], habits);
      case 'referred':
        return this.write([['referBody'], ['closing']], habits);
    }
  }

  followUp(): WrittenReply {
    return this.write([['followUp', 'follow_through']]);
  }

  satisfactionCheck(askForFeedback: boolean): WrittenReply {
    return this.write([
      ['satisfactionCheck', 'satisfaction_check'],
      askForFeedback ? ['feedbackRequest', 'feedback_request'] : null,
    ]);
  }

  /** A short internal note (status reasons, escalation reasons, exception records). */
  note(rule: string): string {
    return this.grammar.expand(rule, this.random, this.slots);
  }

  private write(
    steps: readonly (Step | null)[],
    habits: ReplyHabits = NO_HABITS,
    extra?: Slots,
  ): WrittenReply {
    const slots = extra ? { ...this.slots, ...extra } : this.slots;
    const cues: TextCue[] = [];
    const parts: string[] = [];
    for (const step of steps) {
      if (!step) continue;
      parts.push(this.grammar.expand(step[0], this.random, slots));
      if (step[1]) cues.push(step[1]);
    }
    if (habits.excuse) {
      parts.push(this.grammar.expand('excuse', this.random, slots));
      cues.push('excuse');
    }
    if (habits.blame) {
      parts.push(this.grammar.expand('blame', this.random, slots));
      cues.push('blame');
    }
    const hello = this.random.chance(0.7) ? this.grammar.expand('hello', this.random, slots) : '';
    const signature = this.grammar.expand('signature', this.random, slots);
    return { text: lines(hello, sentences(parts), signature), cues };
  }
}

type Step = readonly [rule: string, cue?: TextCue];
