import { pseudonymFor } from './pseudonym';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Seven or more digits, however they are spaced or punctuated: a phone number, not an id like C-1234.
const PHONE = /^\+?[\d\s()./-]+$/;
const MIN_PHONE_DIGITS = 7;

/** True when a customer reference is contact data (an e-mail address or a phone number). */
export function isContactData(ref: string): boolean {
  if (EMAIL.test(ref)) return true;
  return PHONE.test(ref) && ref.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}

/**
 * A customer reference as Fulcrum keeps and shows it: pseudonymous. Contact data is replaced by
 * its keyed pseudonym (the same one the public form stores), so repeat contacts still link up
 * while the address or number itself is never stored, shown or exported.
 */
export function pseudonymousRef(ref: string, key: string): string {
  return isContactData(ref) ? pseudonymFor(ref, key) : ref;
}
