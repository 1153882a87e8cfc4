/** The one spelling of an e-mail address that accounts and sign-in lockouts are keyed by. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
