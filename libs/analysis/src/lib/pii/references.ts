import { rangesOf, type Range } from './pii-span';

// Numbers that look like phone, account or card numbers but are references, dates, times,
// prices or quantities. No number detector may claim a span that overlaps one of these.

// A reference cue ("order", "invoice #", "ticket no.", "serial number") and the code after it.
const REFERENCE_CUES = `
  order invoice inv ref reference ticket case booking tracking complaint job po serial sn batch
  item model version flight store room meter claim parcel consignment receipt transaction
  confirmation`
  .trim()
  .split(/\s+/)
  .join('|');
const CUED_REFERENCE = new RegExp(
  String.raw`\b(?:${REFERENCE_CUES})(?:\s+(?:number|no\.?|num|id|ref|reference|code))?(?:\s+(?:is|was))?[\s:#.]*((?:[a-z]{1,4}-?)?#?\d[\da-z]*(?:[-/ ]\d[\da-z]*)*)`,
  'gi',
);
// Codes with a letter prefix: INV-2023-000123, CMP-2024-0042, RF-55812.
const PREFIXED_CODE = /\b[A-Z]{2,5}-\d[\dA-Z-]*/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
// ISO dates, day/month/year with slashes or dots, dd-mm-yyyy, and dd/mm (not 12-34-56: a sort code).
const DATE =
  /(?<![\d./-])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\/\d{1,2})(?![\d./-]?\d)/g;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;
const PRICE =
  /[£$€]\s?-?\d[\d,]{0,20}(?:\.\d{1,4})?|\d[\d ,.]{0,20}\d\s?(?:€|\b(?:EUR|GBP|USD)\b)/g;
// 1,234 and 12.5: grouped thousands and decimals are amounts or quantities, not identifiers.
const GROUPED_OR_DECIMAL =
  /(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.])\d+\.\d+(?![.\d])/g;

/** The ranges of `text` that hold references, ids, dates, times, prices, quantities or links. */
export function findReferences(text: string): Range[] {
  return [
    ...rangesOf(text, LINK),
    ...rangesOf(text, UUID),
    ...rangesOf(text, CUED_REFERENCE, 1),
    ...rangesOf(text, PREFIXED_CODE),
    ...rangesOf(text, DATE),
    ...rangesOf(text, TIME),
    ...rangesOf(text, PRICE),
    ...rangesOf(text, GROUPED_OR_DECIMAL),
  ];
}
