import type { Token } from '../text/tokenize';

// Units of time in minutes: a wait is told by its length ("two minutes" is no delay, "two
// weeks" is), which a single `duration` word family cannot tell apart.
const MINUTES = new Map<string, number>([
  ['second', 1 / 60],
  ['seconds', 1 / 60],
  ['sec', 1 / 60],
  ['secs', 1 / 60],
  ['moment', 1],
  ['moments', 1],
  ['minute', 1],
  ['minutes', 1],
  ['min', 1],
  ['mins', 1],
  ['hour', 60],
  ['hours', 60],
  ['hr', 60],
  ['hrs', 60],
  ['day', 1440],
  ['days', 1440],
  ['week', 10080],
  ['weeks', 10080],
  ['fortnight', 20160],
  ['month', 43200],
  ['months', 43200],
  ['year', 525600],
  ['years', 525600],
]);
const AMOUNTS = new Map<string, number>([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['couple', 2],
  ['two', 2],
  ['few', 3],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['several', 4],
  ['dozen', 12],
  ['many', 10],
]);
// "less than a day", "within the hour", "only two minutes": the speaker says it was short.
const SHORTENERS = new Set(['less', 'under', 'within', 'only', 'just', 'barely', 'quick']);
// Under this many minutes a wait is brief whatever the setting.
const BRIEF_MINUTES = 15;

// "two years old" is an age; "ten years ago", "two days later" say when, not how long a wait was.
const AFTER_UNIT = new Map<string, 'age' | 'when'>([
  ['old', 'age'],
  ['ago', 'when'],
  ['later', 'when'],
  ['earlier', 'when'],
]);

// "last week", "the following month", "this year": a calendar point, not a span (unless an
// amount stands between, "the last two weeks", or a span opens it, "for the last week").
const CALENDAR = new Set(['last', 'next', 'this', 'following', 'previous', 'coming', 'same']);
const SPAN_OPENERS = new Set(['for', 'over', 'in', 'during', 'throughout', 'all']);

export type Duration = 'brief' | 'long' | 'age' | 'when';

/**
 * How long a stretch of time a unit word names, read with the words around it: `brief` (under
 * a quarter of an hour, or said to be short), `long`, an `age` ("two years old"), a point in
 * time (`when`: "a year ago"), or undefined when the token is no unit.
 */
export function durationAt(tokens: readonly Token[], index: number): Duration | undefined {
  const unit = MINUTES.get(tokens[index].norm);
  if (unit === undefined) return undefined;
  const after = tokens[index + 1];
  const reading = after === undefined ? undefined : AFTER_UNIT.get(after.norm);
  if (reading !== undefined) return reading;
  if (
    index > 0 &&
    CALENDAR.has(tokens[index - 1].norm) &&
    !SPAN_OPENERS.has(tokens[index - 2]?.norm ?? '') &&
    !SPAN_OPENERS.has(tokens[index - 3]?.norm ?? '')
  )
    return 'when';
  let amount: number | undefined;
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const word = tokens[j].norm;
    if (SHORTENERS.has(word)) return 'brief';
    const value = tokens[j].kind === 'number' ? Number(word) : AMOUNTS.get(word);
    if (amount === undefined && value !== undefined && Number.isFinite(value)) amount = value;
  }
  return (amount ?? 1) * unit < BRIEF_MINUTES ? 'brief' : 'long';
}
