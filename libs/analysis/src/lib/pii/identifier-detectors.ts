import { passesIbanCheck, passesLuhn } from './checksums';
import { rangesOf, spansOf, type PiiSpan } from './pii-span';

const digitsOf = (value: string): string => value.replace(/\D/g, '');
const digitCountBetween = (min: number, max: number) => (value: string) => {
  const count = digitsOf(value).length;
  return count >= min && count <= max;
};

// Words that may sit between a cue and its value: "account number is 1234", "CVV: 123".
const FILLER = String.raw`(?:\s+(?:number|no\.?|num|code|#))?(?:\s+(?:is|was|of))?[\s:#.(]*`;

// An e-mail is read outwards from its "@": scanning the local part from every position of a text
// costs up to 64 steps per character, and most texts (and tweets' "@handles") hold no e-mail.
const EMAIL_LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const MAX_EMAIL_LOCAL = 64;
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/uy;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi;
const UK_NI_NUMBER = /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
const CUED_NI_NUMBER = new RegExp(
  String.raw`\b(?:ni|nino|national insurance)${FILLER}([a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])\b`,
  'gi',
);
const US_SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
const CUED_NHS_NUMBER = new RegExp(String.raw`\bnhs${FILLER}(\d{3}[ -]?\d{3}[ -]?\d{4})\b`, 'gi');
const CUED_SSN = new RegExp(
  String.raw`\b(?:ssn|social security)${FILLER}(\d{3}[ -]?\d{2}[ -]?\d{4})\b`,
  'gi',
);
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
// After "card" a 13–19 digit number is a card even when a typo breaks its Luhn check.
const CUED_CARD = new RegExp(
  String.raw`\b(?:card|visa|mastercard|amex)${FILLER}(\d(?:[ -]?\d){12,18})(?![\d-])`,
  'gi',
);
const CVV = new RegExp(
  String.raw`\b(?:cvv2?|cvc2?|cv2|csc|security code)${FILLER}(\d{3,4})\b`,
  'gi',
);
const ACCOUNT = new RegExp(
  String.raw`\b(?:account|acct|a\/c|sort code|routing)${FILLER}(\d[\d -]{3,}\d)`,
  'gi',
);
const PHONE =
  /(?:\+\d[\d ().-]{6,}\d|\(?\b\d{2,5}\)?[ .-]\d{2,6}(?:[ .-]\d{2,6}){0,3}\b|\b\d{10,11}\b)/g;
// A seven-digit local number counts only after a word that says it is a phone number.
const CUED_LOCAL_PHONE =
  /\b(?:call|ring|phone|tel|mobile|cell|landline|text me|reach me)\b[^.\n\d]{0,25}?(\d{3}[ -]?\d{4})\b/gi;
// Businesses' numbers (UK 03, 08, 09; US toll-free) are not anyone's personal data.
const SERVICE_NUMBER = /^(?:0[389]|1?8(?:00|33|44|55|66|77|88))/;
const BARE_DIGITS = /\b\d{8,20}\b/g;

// Case-insensitive, the pattern can take a following word ("be68 5390 0754 7034 thx"): drop
// trailing groups until the checksum holds.
function findIbans(text: string): PiiSpan[] {
  return rangesOf(text, IBAN).flatMap(({ start, end }) => {
    for (
      let value = text.slice(start, end);
      value.length >= 15;
      value = value.replace(/ ?\w+$/, '')
    )
      if (passesIbanCheck(value))
        return [{ type: 'iban' as const, start, end: start + value.length }];
    return [];
  });
}

function isPersonalPhone(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 9 || digits.length > 15) return false;
  const national = value.startsWith('+44')
    ? `0${digits.slice(2)}`
    : value.startsWith('+1')
      ? digits.slice(1)
      : digits;
  return !SERVICE_NUMBER.test(national);
}

/** E-mail addresses: a local part of up to 64 characters, "@", a domain with a dot. */
export function findEmails(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = emailLocalPartStart(text, at);
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (domain === null) continue;
    spans.push({ type: 'email', start, end: at + domain[0].length });
    at += domain[0].length - 1;
  }
  return spans;
}

// The earliest start of the run of local-part characters (at most 64) that ends at `at`.
function emailLocalPartStart(text: string, at: number): number {
  let start = at;
  for (let characters = 0; start > 0 && characters < MAX_EMAIL_LOCAL; characters++) {
    const low = text.charCodeAt(start - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
    if (!EMAIL_LOCAL_CHAR.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

/** A detector of one kind of value, which holds at least `minDigits` digits (else it is not run). */
interface DigitDetector {
  type: PiiSpan['type'];
  pattern: RegExp;
  group: number;
  minDigits: number;
  accept?: (value: string) => boolean;
}

function runDetectors(
  text: string,
  digits: number,
  detectors: readonly DigitDetector[],
): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const { type, pattern, group, minDigits, accept } of detectors)
    if (digits >= minDigits) spans.push(...spansOf(type, text, pattern, group, accept));
  return spans;
}

// In priority order: a card number is not also an account number.
const IDENTIFIERS: readonly DigitDetector[] = [
  { type: 'national-id', pattern: CUED_NI_NUMBER, group: 1, minDigits: 6 },
  { type: 'national-id', pattern: UK_NI_NUMBER, group: 0, minDigits: 6 },
  { type: 'national-id', pattern: CUED_SSN, group: 1, minDigits: 9 },
  { type: 'national-id', pattern: US_SSN, group: 0, minDigits: 9 },
  { type: 'national-id', pattern: CUED_NHS_NUMBER, group: 1, minDigits: 10 },
  { type: 'card', pattern: CUED_CARD, group: 1, minDigits: 13 },
  {
    type: 'card',
    pattern: CARD,
    group: 0,
    minDigits: 13,
    accept: (value) => passesLuhn(digitsOf(value)),
  },
  { type: 'cvv', pattern: CVV, group: 1, minDigits: 3 },
  { type: 'account', pattern: ACCOUNT, group: 1, minDigits: 6, accept: digitCountBetween(6, 20) },
];

const PHONES_AND_DIGIT_RUNS: readonly DigitDetector[] = [
  { type: 'phone', pattern: PHONE, group: 0, minDigits: 9, accept: isPersonalPhone },
  { type: 'phone', pattern: CUED_LOCAL_PHONE, group: 1, minDigits: 7 },
  { type: 'account', pattern: BARE_DIGITS, group: 0, minDigits: 8 },
];

/**
 * Identifiers with digits and a shape or a cue of their own, in priority order (a card number is
 * not also an account number): IBAN (mod-97), national ids (UK NI and NHS numbers, US SSN), card numbers (Luhn,
 * or any 13–19 digits after "card"), CVVs, and account numbers and sort codes after their cues.
 * `digits` is how many digits the text holds: a detector needing more is skipped.
 */
export function findIdentifiers(text: string, digits: number): PiiSpan[] {
  return [...(digits >= 2 ? findIbans(text) : []), ...runDetectors(text, digits, IDENTIFIERS)];
}

/**
 * Personal phone numbers (9–15 digits, or 7 after "call", "ring", "phone"…; not businesses'
 * 03/08/0800 numbers), then any other run of 8+ digits, which may identify an account.
 * Run after addresses, so a ZIP+4 code is not read as a phone number.
 */
export function findPhonesAndDigitRuns(text: string, digits: number): PiiSpan[] {
  return runDetectors(text, digits, PHONES_AND_DIGIT_RUNS);
}
