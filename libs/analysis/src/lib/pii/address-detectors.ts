import { spansOf, type PiiSpan } from './pii-span';

const WORD = String.raw`[A-Z][\p{Ll}'’]+`;
export const STREET_SUFFIXES = `
  Street St Road Rd Avenue Ave Lane Ln Drive Dr Close Court Ct Way Crescent Place Pl Terrace
  Grove Gardens Walk Boulevard Blvd Park Square Sq Hill Row Mews Parade Cottages View Rise Green
  Estate Highway Hwy Parkway Pkwy Circle Trail Wharf Quay`
  .trim()
  .split(/\s+/);
const SUFFIX = `(?:${STREET_SUFFIXES.join('|')})\\.?`;
const UNIT = String.raw`(?:Flat|Apartment|Apt|Unit|Suite)\.? \w+`;
const HOUSE_NUMBER = String.raw`\d{1,5}[A-Za-z]? `;
const STREET_WORDS = String.raw`(?:${WORD} |\d+(?:st|nd|rd|th) ){1,3}${SUFFIX}(?: (?:NW|NE|SW|SE))?`;
const STREET = String.raw`(?:(?:N|S|E|W)\.? )?(?:${STREET_WORDS}|[A-Z]\p{Ll}+way)`;
// "12 Baker Street", "1600 Pennsylvania Ave NW", "315 W 42nd St", "56 Kingsway", then "Apt 4B";
// a flat or unit may come first ("Flat 3, 27 Acacia Avenue", "Unit 12, Riverside Industrial Estate").
const STREET_ADDRESS = new RegExp(
  String.raw`(?:\b${UNIT},? (?:${HOUSE_NUMBER})?|\b${HOUSE_NUMBER})${STREET}\b(?:,? ${UNIT}\b)?|\bP\.?O\.? Box \d+`,
  'gu',
);
// Outward and inward code: "NW1 6XE", "WC2B 6AA", "EH1 1YZ".
const UK_POSTCODE = /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;
const US_STATES = `
  AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
  NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY`
  .trim()
  .split(/\s+/);
// A ZIP code is five digits only after a state ("Austin, TX 78746") or "zip code".
const US_ZIP = new RegExp(String.raw`\b(?:${US_STATES.join('|')}) (\d{5}(?:-\d{4})?)\b`, 'g');
const CUED_ZIP = /\bzip(?: ?code)?(?: is)?[\s:]*(\d{5}(?:-\d{4})?)\b/gi;
const CUED_UK_POSTCODE =
  /\bpost ?code(?: is)?[\s:]*([a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2})\b/gi;

/**
 * Street addresses (with their flat or unit), UK postcodes and US ZIP codes; `digits` is how many
 * digits the text holds (a postcode has two, a ZIP code five).
 */
export function findAddresses(text: string, digits: number): PiiSpan[] {
  return [
    ...spansOf('address', text, STREET_ADDRESS),
    ...(digits >= 2
      ? [
          ...spansOf('postcode', text, UK_POSTCODE),
          ...spansOf('postcode', text, CUED_UK_POSTCODE, 1),
        ]
      : []),
    ...(digits >= 5
      ? [...spansOf('postcode', text, US_ZIP, 1), ...spansOf('postcode', text, CUED_ZIP, 1)]
      : []),
  ];
}
