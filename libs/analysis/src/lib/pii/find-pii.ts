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

/**
 * Where personal data stands in `text`, in the original offsets, sorted and not overlapping.
 * Detectors run in priority order (identifiers, addresses, phone numbers, names); a span that
 * overlaps an earlier one, or a number inside a reference, date, price or link, is dropped.
 */
export function findPii(text: string): PiiSpan[] {
  if (!MAY_HOLD_PII.test(text)) return [];
  // Every detector but those of e-mails and names needs a digit (a house number, a unit number).
  const hasDigits = /\d/.test(text);
  const references = hasDigits ? findReferences(text) : [];
  const kept: PiiSpan[] = [];
  const candidates = [
    ...findEmails(text),
    ...(hasDigits
      ? [...findIdentifiers(text), ...findAddresses(text), ...findPhonesAndDigitRuns(text)]
      : []),
    ...findNames(text),
  ];
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
