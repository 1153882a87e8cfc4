import { findPii } from './find-pii';
import type { PiiKind } from './pii-span';

export type RedactionType = PiiKind;

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

export const PLACEHOLDERS: Record<RedactionType, string> = {
  name: '[NAME]',
  address: '[ADDRESS]',
  postcode: '[POSTCODE]',
  'national-id': '[NATIONAL_ID]',
  email: '[EMAIL]',
  phone: '[PHONE]',
  card: '[CARD]',
  cvv: '[CVV]',
  iban: '[IBAN]',
  account: '[ACCOUNT]',
};

/**
 * Masks personal data (see `findPii`) with one placeholder per kind, such as "[NAME]" and
 * "[PHONE]"; order numbers, invoices, dates, times, prices and quantities stay as written.
 */
export function redactPii(text: string): RedactedText {
  const found = findPii(text);
  if (found.length === 0) return { text, redactions: [] };
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
