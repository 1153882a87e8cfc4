import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { normaliseEmail } from '../normalise-email';
import { LOCKOUT, lockoutSeconds } from './lockout-policy';
import { LoginThrottle } from './login-throttle.entity';

/** The same answer for every address, account or not: it must not reveal which exist. */
function signInLocked(retryAt: Date, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new DomainError(
    ErrorCode.RATE_LIMITED,
    `Too many failed sign-ins with this e-mail address; try again in ${retryAfterSeconds} s`,
    [],
    { retryAfterSeconds, retryAt: retryAt.toISOString() },
  );
}

/** Per-address back-off for failed sign-ins, kept in PostgreSQL so every replica applies it. */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectRepository(LoginThrottle) private readonly throttles: Repository<LoginThrottle>,
    private readonly clock: Clock,
  ) {}

  /** Refuses any attempt, right password or not, while the address is locked. */
  async assertMayTry(email: string): Promise<void> {
    const now = this.clock.now();
    const throttle = await this.throttles.findOneBy({ accountKey: accountKey(email) });
    if (throttle?.lockedUntil && throttle.lockedUntil > now) {
      throw signInLocked(throttle.lockedUntil, now);
    }
  }

  async recordFailure(email: string): Promise<void> {
    const now = this.clock.now();
    const key = accountKey(email);
    const forgetBefore = new Date(now.getTime() - LOCKOUT.forgetAfterSeconds * 1000);
    // One statement, so failures arriving at two replicas at once are both counted.
    const [{ failures }] = await this.throttles.query<{ failures: number }[]>(
      `INSERT INTO login_throttles AS t (account_key, failures, last_failed_at)
       VALUES ($1, 1, $2)
       ON CONFLICT (account_key) DO UPDATE SET
         failures = CASE WHEN t.last_failed_at < $3 THEN 1 ELSE t.failures + 1 END,
         last_failed_at = $2
       RETURNING failures`,
      [key, now, forgetBefore],
    );
    const seconds = lockoutSeconds(failures);
    if (seconds > 0) {
      await this.throttles.update(
        { accountKey: key, failures },
        { lockedUntil: new Date(now.getTime() + seconds * 1000) },
      );
    }
  }

  /** A successful sign-in starts the count again. */
  async clear(email: string): Promise<void> {
    await this.throttles.delete({ accountKey: accountKey(email) });
  }
}

function accountKey(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('hex');
}
