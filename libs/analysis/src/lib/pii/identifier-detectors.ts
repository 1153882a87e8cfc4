import { passesIbanCheck, passesLuhn } from './checksums';
import { rangesOf, spansOf, type PiiSpan } from './pii-span';

const digitsOf = (value: string): string => value.replace(/\D/g, '');
const digitCountBetween = (min: number, max: number) => (value: string) => {
  const count = digitsOf(value).length;
  return count >= min && count <= max;
};

// Words that may sit between a cue and its value: "account number is 1234", "CVV: 123".
const FILLER = String.raw`(?:\s+(?:number|no\.?|num|code|#))?(?:\s+(?:is|was|of))?[\s:#.(]*`;

const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
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

export const findEmails = (text: string): PiiSpan[] =>
  text.includes('@') ? spansOf('email', text, EMAIL) : [];

/**
 * Identifiers with digits and a shape or a cue of their own, in priority order (a card number is
 * not also an account number): IBAN (mod-97), national ids (UK NI and NHS numbers, US SSN), card numbers (Luhn,
 * or any 13–19 digits after "card"), CVVs, and account numbers and sort codes after their cues.
 */
export function findIdentifiers(text: string): PiiSpan[] {
  return [
    ...findIbans(text),
    ...spansOf('national-id', text, CUED_NI_NUMBER, 1),
    ...spansOf('national-id', text, UK_NI_NUMBER),
    ...spansOf('national-id', text, CUED_SSN, 1),
    ...spansOf('national-id', text, US_SSN),
    ...spansOf('national-id', text, CUED_NHS_NUMBER, 1),
    ...spansOf('card', text, CUED_CARD, 1),
    ...spansOf('card', text, CARD, 0, (value) => passesLuhn(digitsOf(value))),
    ...spansOf('cvv', text, CVV, 1),
    ...spansOf('account', text, ACCOUNT, 1, digitCountBetween(6, 20)),
  ];
}

/**
 * Personal phone numbers (9–15 digits, or 7 after "call", "ring", "phone"…; not businesses'
 * 03/08/0800 numbers), then any other run of 8+ digits, which may identify an account.
 * Run after addresses, so a ZIP+4 code is not read as a phone number.
 */
export function findPhonesAndDigitRuns(text: string): PiiSpan[] {
  return [
    ...spansOf('phone', text, PHONE, 0, isPersonalPhone),
    ...spansOf('phone', text, CUED_LOCAL_PHONE, 1),
    ...spansOf('account', text, BARE_DIGITS),
  ];
}
