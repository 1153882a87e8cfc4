// How people really type: common misspellings, a slipped key, everything in lower case.
import type { Random } from '../random';

const MISSPELLINGS: Readonly<Record<string, readonly string[]>> = {
  receipt: ['reciept', 'recipt', 'reciet'],
  approval: ['aproval', 'approvel'],
  director: ['directer', 'dirctor'],
  signature: ['signiture', 'signatre'],
  registration: ['registeration', 'registraton'],
  warranty: ['warrenty', 'waranty'],
  purchase: ['purchace', 'purchse'],
  verification: ['verfication', 'verificaton'],
  appointment: ['appointement', 'apointment'],
  engineer: ['enginer', 'engineeer'],
  expense: ['expence'],
  expenses: ['expences'],
  refund: ['refnud'],
  refunds: ['refunts', 'refnuds'],
  returns: ['retruns'],
  delivery: ['delievery', 'delivry'],
  password: ['pasword', 'passowrd'],
  separate: ['seperate'],
  definitely: ['definately'],
  necessary: ['neccessary', 'necessery'],
  received: ['recieved'],
  business: ['buisness'],
  guarantee: ['guarentee'],
  immediately: ['immediatly'],
  unacceptable: ['unacceptible'],
  ridiculous: ['rediculous'],
  cancelled: ['canceled', 'cancled'],
  weird: ['wierd'],
  until: ['untill'],
  notice: ['notise'],
  portal: ['portel'],
  callback: ['call back', 'callbak'],
};

/** Swaps two neighbouring letters inside the word: "approval" → "aprpoval". */
function slip(word: string, random: Random): string {
  const i = random.int(1, word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

const KNOWN = new RegExp(`\\b(${Object.keys(MISSPELLINGS).join('|')})\\b`, 'gi');

/**
 * Misspells one word of a phrase: a common misspelling when there is one, otherwise a slipped
 * key in a word long enough to stay recognisable.
 */
export function misspell(phrase: string, random: Random): string {
  const known = [...phrase.matchAll(KNOWN)];
  if (known.length > 0) {
    const match = random.pick(known);
    const replacement = random.pick(MISSPELLINGS[match[0].toLowerCase()] ?? [match[0]]);
    return phrase.slice(0, match.index) + replacement + phrase.slice(match.index + match[0].length);
  }
  const words = phrase.split(' ');
  // A few random tries are enough to find a long word in a sentence.
  for (let attempt = 0; attempt < 6; attempt++) {
    const i = random.int(0, words.length - 1);
    if (/^[a-z]{6,}$/.test(words[i])) {
      words[i] = slip(words[i], random);
      return words.join(' ');
    }
  }
  return phrase;
}

/**
 * Makes a customer's text look typed in a hurry: sometimes all lower case, a misspelt word,
 * or no full stop at the end.
 */
export function roughen(text: string, random: Random): string {
  let result = text;
  const roll = random.next();
  if (roll < 0.35) result = misspell(result, random);
  else if (roll < 0.6) result = result.toLowerCase();
  else if (roll < 0.8) result = result.replace(/\.$/, '');
  else result = misspell(result, random).replace(/\.$/, '');
  return result;
}

// Everyday variants of common phrases. A writer either uses contractions or spells them out,
// and picks their own way of asking; applied per text, this multiplies the wording of every
// template without writing each one several times.
const CONTRACTIONS: Readonly<Record<string, string>> = {
  "I'm": 'I am',
  "I've": 'I have',
  "I'd": 'I would',
  "I'll": 'I will',
  "don't": 'do not',
  "can't": 'cannot',
  "won't": 'will not',
  "isn't": 'is not',
  "didn't": 'did not',
  "haven't": 'have not',
  "It's": 'It is',
  "it's": 'it is',
  "doesn't": 'does not',
  "wasn't": 'was not',
};

const PHRASINGS: Readonly<Record<string, readonly string[]>> = {
  'Can you': ['Can you', 'Could you', 'Would you be able to'],
  'Could you': ['Could you', 'Can you', 'Would you'],
  'Please can you': ['Please can you', 'Can you please', 'Could you please'],
  "I'd like": ["I'd like", 'I would like', 'I want', "I'd really like"],
  'as soon as possible': ['as soon as possible', 'ASAP', 'asap', 'as quickly as you can'],
  'How do I': ['How do I', 'How can I', 'What do I need to do to'],
  'Is there': ['Is there', 'Would there be'],
  really: ['really', 'genuinely', 'truly'],
  'Thanks.': ['Thanks.', 'Thank you.', 'Thanks!', 'Ta.'],
  'my account': ['my account', 'the account', 'my account with you'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PHRASING_PATTERN = new RegExp(Object.keys(PHRASINGS).map(escape).join('|'), 'g');
const CONTRACTION_PATTERN = new RegExp(Object.keys(CONTRACTIONS).map(escape).join('|'), 'g');

/** Rewords a customer's text the way this particular customer would write it. */
export function reword(text: string, random: Random): string {
  let result = text.replace(PHRASING_PATTERN, (phrase) =>
    random.pick(PHRASINGS[phrase] ?? [phrase]),
  );
  if (random.chance(0.25)) {
    result = result.replace(
      CONTRACTION_PATTERN,
      (contraction) => CONTRACTIONS[contraction] ?? contraction,
    );
  }
  return result;
}
