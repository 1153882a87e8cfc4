import { randomBytes } from 'node:crypto';
import { assertStrongSecret, secretWeakness } from './secret-strength';

describe('secretWeakness', () => {
  it.each([
    ['secret', 'placeholder'],
    ['my-jwt-secret-for-production-use-1234567', 'placeholder'],
    ['0123456789abcdef0123456789abcde', '31 characters'],
    ['a'.repeat(64), 'too few different characters'],
    ['abcdefghij'.repeat(4), 'one short pattern repeated'],
  ])('refuses %j (%s)', (secret, reason) => {
    expect(secretWeakness(secret)).toContain(reason);
  });

  it('accepts 32 random bytes as hex or base64, every time', () => {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      expect(secretWeakness(randomBytes(16).toString('hex'))).toBeNull();
      expect(secretWeakness(randomBytes(32).toString('base64'))).toBeNull();
    }
  });

  it('names the variable and how to make a good secret', () => {
    expect(() => assertStrongSecret('FULCRUM_JWT_SECRET', 'secret')).toThrow(
      /FULCRUM_JWT_SECRET is too weak for production: .*randomBytes\(32\)/,
    );
  });
});
