import { findAddresses } from './address-detectors';
import { findNames } from './name-detectors';
import { findEmails, findIdentifiers, findPhonesAndDigitRuns } from './identifier-detectors';
import { overlaps, type PiiSpan } from './pii-span';
import { findReferences } from './references';

// Shapes that references cannot take (checksummed, or with letters where codes have digits):
// a reference cue or a link around them does not make them safe.
const ALWAYS_PERSONAL = new Set<PiiSpan['type']>(['email', 'iban', 'name', 'address', 'postcode']);
// Without a digit, an @ or a capital there is nothing to look for.
const MAY_HOLD_PII = /[\d@A-Z]/;

function countDigits(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/**
 * Where personal data stands in `text`, in the original offsets, sorted and not overlapping.
 * Detectors run in priority order (identifiers, addresses, phone numbers, names); a span that
 * overlaps an earlier one, or a number inside a reference, date, price or link, is dropped.
 */
export function findPii(text: string): PiiSpan[] {
  if (!MAY_HOLD_PII.test(text)) return [];
  // Every detector but those of e-mails and names needs a digit (a house number, a unit number),
  // and most need several: each is skipped when the text holds fewer digits than its values do.
  const digits = countDigits(text);
  const candidates = [
    ...findEmails(text),
    ...(digits > 0
      ? [
          ...findIdentifiers(text, digits),
          ...findAddresses(text, digits),
          ...findPhonesAndDigitRuns(text, digits),
        ]
      : []),
    ...findNames(text),
  ];
  // References matter only to numbers that may be one; most texts have none to check.
  const references = candidates.some((span) => !ALWAYS_PERSONAL.has(span.type))
    ? findReferences(text)
    : [];
  const kept: PiiSpan[] = [];
  for (const span of candidates) {
    if (kept.some((other) => overlaps(span, other))) continue;
    if (
      !ALWAYS_PERSONAL.has(span.type) &&
      references.some((reference) => overlaps(span, reference))
    )
      continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
