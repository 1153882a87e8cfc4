import { createHmac } from 'node:crypto';

/**
 * A stable pseudonymous customer reference from an e-mail or phone number: the same contact
 * always maps to the same reference (so repeat contacts can be linked) but the contact itself
 * is never stored and cannot be read back from the reference without the key.
 */
export function pseudonymFor(contact: string, key: string): string {
  const normalised = contact.includes('@')
    ? contact.trim().toLowerCase()
    : contact.replace(/[^\d+]/g, '');
  return `C-${createHmac('sha256', key).update(normalised).digest('hex').slice(0, 12)}`;
}
