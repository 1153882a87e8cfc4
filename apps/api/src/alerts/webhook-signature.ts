import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Fulcrum-Signature';
export const TIMESTAMP_HEADER = 'X-Fulcrum-Timestamp';
export const DELIVERY_HEADER = 'X-Fulcrum-Delivery';

/** `sha256=<hex HMAC-SHA256 of the raw body, keyed with the endpoint's secret>`. */
export function signBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute over the exact bytes received and compare in constant time. */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string | undefined,
): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A new endpoint secret: 32 random bytes, with a prefix that says what it is. */
export function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export const secretHint = (secret: string) => `…${secret.slice(-4)}`;
