import { ConfigError } from './config-error';

const MIN_LENGTH = 32;
// Measured on the secret's own character frequencies, 32 random hex characters never score
// below ~2.9 bits each (base64 ~4); "aaaa…" scores 0 and "abab…" 1.
const MIN_BITS_PER_CHARACTER = 2.5;
// Long enough that random base64 practically never contains one by chance.
const KNOWN_WEAK = ['secret', 'changeme', 'password', 'fulcrum', 'example'];

/** Why a secret is too weak to sign sessions in production, or `null` when it is fine. */
export function secretWeakness(secret: string): string | null {
  const lowered = secret.toLowerCase();
  if (KNOWN_WEAK.some((word) => lowered.includes(word))) {
    return 'it contains a well-known placeholder word';
  }
  if (secret.length < MIN_LENGTH) {
    return `it is ${secret.length} characters long; use at least ${MIN_LENGTH}`;
  }
  if (bitsPerCharacter(secret) < MIN_BITS_PER_CHARACTER) {
    return 'it repeats too few different characters to be random';
  }
  if (isRepeatedPattern(secret)) return 'it is one short pattern repeated';
  return null;
}

/** Refuses to start with a guessable secret: anyone who guesses it can sign in as anyone. */
export function assertStrongSecret(name: string, secret: string): void {
  const weakness = secretWeakness(secret);
  if (weakness) {
    throw new ConfigError(
      `${name} is too weak for production: ${weakness}. ` +
        `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
    );
  }
}

// Shannon entropy of the secret's own character frequencies.
function bitsPerCharacter(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / text.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}

// "abcdefghijabcdefghij…": every character equals the one a fixed period before it.
function isRepeatedPattern(text: string): boolean {
  for (let period = 1; period <= text.length / 2; period += 1) {
    let repeats = true;
    for (let index = period; index < text.length && repeats; index += 1) {
      repeats = text[index] === text[index - period];
    }
    if (repeats) return true;
  }
  return false;
}
