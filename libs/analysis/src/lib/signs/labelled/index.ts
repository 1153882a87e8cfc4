import { WARNING_SIGNS, type WarningSign, type Writer } from '../sign-types';
import { BLAME_DELAY_CHURN_CONTRASTS } from './blame-delay-churn-contrasts';
import { CONSUMER_CHANNELS } from './consumer-channels';
import { ESCALATION_DELAY_CONDUCT } from './escalation-delay-conduct';
import { EXCUSE_BLAME_POLICY } from './excuse-blame-policy';
import { EVERYDAY_MESSAGES } from './everyday-messages';
import { INTERNAL_SERVICES } from './internal-services';
import { LETTERS_AND_CALLS } from './letters-and-calls';
import { MORE_PARAPHRASES } from './more-paraphrases';
import { NARRATIVES } from './narratives';
import { PARAPHRASES } from './paraphrases';
import { QUESTIONS_AND_ASIDES } from './questions-and-asides';
import { RUNAROUND_OVERLOAD_CHURN } from './runaround-overload-churn';

/**
 * Labelled sentences for the warning-sign models, written for this project: customer and staff
 * wording, paraphrases and idioms, and hard negatives (innocent uses of trigger words, the wrong
 * actor, negated or resolved problems). One line each: `signs | writer | text`, where signs is a
 * comma-separated list or "-" for none and writer is c (customer) or s (staff). A sentence is a
 * negative example of every sign it does not list.
 */
export interface SignExample {
  text: string;
  writer: Writer;
  signs: WarningSign[];
  /** Held out from training (about one in four, fixed by a hash of the text). */
  heldOut: boolean;
}

const HELD_OUT_EVERY = 4;

// FNV-1a: a stable split that does not move when examples are added elsewhere in the file.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function parseSignExamples(source: string): SignExample[] {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const [signs, writer, ...rest] = line.split(' | ');
      const text = rest.join(' | ');
      if (text === '' || (writer !== 'c' && writer !== 's'))
        throw new Error(
          `labelled sign example ${index + 1}: expected "signs | c|s | text": ${line}`,
        );
      const listed = signs === '-' ? [] : signs.split(',').map((sign) => sign.trim());
      for (const sign of listed) {
        if (!(WARNING_SIGNS as readonly string[]).includes(sign))
          throw new Error(`labelled sign example ${index + 1}: unknown sign "${sign}"`);
      }
      return {
        text,
        writer: writer === 'c' ? 'customer' : 'staff',
        signs: listed as WarningSign[],
        heldOut: fnv1a(text) % HELD_OUT_EVERY === 0,
      };
    });
}

/** Every labelled warning-sign example shipped with the library. */
export const SIGN_EXAMPLES: readonly SignExample[] = parseSignExamples(
  [
    EXCUSE_BLAME_POLICY,
    RUNAROUND_OVERLOAD_CHURN,
    ESCALATION_DELAY_CONDUCT,
    PARAPHRASES,
    NARRATIVES,
    INTERNAL_SERVICES,
    CONSUMER_CHANNELS,
    LETTERS_AND_CALLS,
    EVERYDAY_MESSAGES,
    QUESTIONS_AND_ASIDES,
    MORE_PARAPHRASES,
    BLAME_DELAY_CHURN_CONTRASTS,
  ].join('\n'),
);
