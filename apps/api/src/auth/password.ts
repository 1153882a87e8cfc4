import { Injectable } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
) => Promise<Buffer>;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/**
 * `scrypt$<salt>$<hash>` with Node's built-in scrypt: no native dependency to build. Every call
 * draws a fresh random salt, so two users with the same password get different hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await scryptAsync(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

function parseHash(stored: string): { salt: Buffer; hash: Buffer } | null {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return null;
  return { salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/**
 * Checks passwords in constant work: an unknown account is checked against a dummy hash of the
 * same cost, so the time a sign-in takes does not tell whether the e-mail address exists.
 */
@Injectable()
export class PasswordVerifier {
  // Stands in for an unknown account's hash: scrypt's cost depends on its parameters and the
  // key length, not on the salt or the password, so checking against it costs the same.
  private readonly dummy = { salt: randomBytes(SALT_LENGTH), hash: Buffer.alloc(KEY_LENGTH) };

  /** The key derivation itself; public so a test can see that every path pays for it. */
  derive(password: string, salt: Buffer, length: number): Promise<Buffer> {
    return scryptAsync(password, salt, length);
  }

  /** `stored` is `null` for an unknown account (or unusable): the KDF still runs, the answer is false. */
  async verify(password: string, stored: string | null): Promise<boolean> {
    const real = stored === null ? null : parseHash(stored);
    const checked = real ?? this.dummy;
    const actual = await this.derive(password, checked.salt, checked.hash.length);
    return real !== null && timingSafeEqual(actual, checked.hash);
  }
}
