import { passesIbanCheck, passesLuhn } from './checksums';

export type RedactionType = 'email' | 'phone' | 'card' | 'iban' | 'account';

/** Where a placeholder now stands in the redacted text (the original value is not kept). */
export interface Redaction {
  type: RedactionType;
  start: number;
  end: number;
}

export interface RedactedText {
  text: string;
  redactions: Redaction[];
}

const PLACEHOLDERS: Record<RedactionType, string> = {
  email: '[EMAIL]',
  phone: '[PHONE]',
  card: '[CARD]',
  iban: '[IBAN]',
  account: '[ACCOUNT]',
};

interface Detector {
  type: RedactionType;
  pattern: RegExp;
  /** Which capture group holds the value (0 = the whole match); the rest stays as written. */
  group: number;
  accept: (value: string) => boolean;
}

const digitsOf = (value: string): string => value.replace(/\D/g, '');
const digitCountBetween = (min: number, max: number) => (value: string) => {
  const count = digitsOf(value).length;
  return count >= min && count <= max;
};

const DATE_PREFIX = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/;

// Order matters: earlier detectors claim their spans first (a card number is not also a phone number).
const DETECTORS: readonly Detector[] = [
  {
    type: 'email',
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
    group: 0,
    accept: () => true,
  },
  {
    type: 'iban',
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g,
    group: 0,
    accept: passesIbanCheck,
  },
  {
    type: 'card',
    pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
    group: 0,
    accept: (value) => passesLuhn(digitsOf(value)),
  },
  {
    type: 'account',
    pattern:
      /\b(?:account|acct|a\/c|sort code|routing)(?: (?:number|no\.?|num|#))?[\s:#.]*(\d[\d -]{3,}\d)/gi,
    group: 1,
    accept: digitCountBetween(6, 20),
  },
  {
    type: 'phone',
    pattern:
      /(?:\+\d[\d ().-]{6,}\d|\(?\b\d{2,5}\)?[ .-]\d{2,6}(?:[ .-]\d{2,6}){0,3}\b|\b\d{10,11}\b)/g,
    group: 0,
    accept: (value) => digitCountBetween(9, 15)(value) && !DATE_PREFIX.test(value),
  },
  // Bare digit runs long enough to identify a person's account, whatever the detectors above missed.
  { type: 'account', pattern: /\b\d{8,20}\b/g, group: 0, accept: () => true },
];

/** Masks e-mail addresses, IBANs, card numbers (Luhn-checked), account and phone numbers. */
export function redactPii(text: string): RedactedText {
  // Cheap exit: every detector needs an @ or a run of digits.
  if (!/[@\d]/.test(text)) return { text, redactions: [] };
  const found: { type: RedactionType; start: number; end: number }[] = [];
  const overlaps = (start: number, end: number) =>
    found.some((span) => start < span.end && end > span.start);
  for (const detector of DETECTORS) {
    detector.pattern.lastIndex = 0;
    for (
      let match = detector.pattern.exec(text);
      match !== null;
      match = detector.pattern.exec(text)
    ) {
      const value = match[detector.group];
      const start = match.index + match[0].lastIndexOf(value);
      const end = start + value.length;
      if (detector.accept(value) && !overlaps(start, end))
        found.push({ type: detector.type, start, end });
    }
  }
  if (found.length === 0) return { text, redactions: [] };
  found.sort((a, b) => a.start - b.start);
  let redacted = '';
  let cursor = 0;
  const redactions: Redaction[] = [];
  for (const span of found) {
    redacted += text.slice(cursor, span.start);
    const placeholder = PLACEHOLDERS[span.type];
    redactions.push({
      type: span.type,
      start: redacted.length,
      end: redacted.length + placeholder.length,
    });
    redacted += placeholder;
    cursor = span.end;
  }
  return { text: redacted + text.slice(cursor), redactions };
}
