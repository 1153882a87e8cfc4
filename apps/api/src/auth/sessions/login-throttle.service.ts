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

  /**
   * Counts a sign-in attempt as a failure before the password is even checked, or refuses it
   * while the address is locked (right password or not). Counting first, under a row lock, means
   * a burst of parallel guesses, at one replica or several, cannot all slip in before the first
   * failure is recorded; a successful sign-in then calls `succeeded` to start the count again.
   */
  async beginAttempt(email: string): Promise<void> {
    const now = this.clock.now();
    const accountKey = keyOf(email);
    await this.throttles.manager.transaction(async (tx) => {
      await tx
        .createQueryBuilder()
        .insert()
        .into(LoginThrottle)
        .values({ accountKey, failures: 0, lastAttemptAt: now, lockedUntil: null })
        .orIgnore()
        .execute();
      const throttle = await tx.findOneOrFail(LoginThrottle, {
        where: { accountKey },
        lock: { mode: 'pessimistic_write' },
      });
      if (throttle.lockedUntil && throttle.lockedUntil > now) {
        throw signInLocked(throttle.lockedUntil, now);
      }
      const quietSince = now.getTime() - throttle.lastAttemptAt.getTime();
      const failures = quietSince > LOCKOUT.forgetAfterSeconds * 1000 ? 1 : throttle.failures + 1;
      const seconds = lockoutSeconds(failures);
      await tx.update(
        LoginThrottle,
        { accountKey },
        {
          failures,
          lastAttemptAt: now,
          lockedUntil: seconds > 0 ? new Date(now.getTime() + seconds * 1000) : null,
        },
      );
    });
  }

  /** A successful sign-in starts the count again. */
  async succeeded(email: string): Promise<void> {
    await this.throttles.delete({ accountKey: keyOf(email) });
  }
}

function keyOf(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('hex');
}
