import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, type Repository } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { User } from '../user.entity';
import { UserSession } from './user-session.entity';

/** Sign-ins as rows: a token is good only while its session is neither revoked nor expired. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string): Promise<UserSession> {
    const now = this.clock.now();
    // Housekeeping on the way in: this user's expired and revoked sessions are of no further use.
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND (expires_at < :now OR revoked_at IS NOT NULL)', { userId, now })
      .execute();
    return this.sessions.save(
      this.sessions.create({
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.config.tokenTtlSeconds * 1000),
        revokedAt: null,
      }),
    );
  }

  /** The session's user when the session is still open; the caller checks the user is active. */
  async userOf(sessionId: string, userId: string): Promise<User | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :sessionId AND session.userId = :userId', { sessionId, userId })
      .andWhere('session.revokedAt IS NULL AND session.expiresAt > :now', {
        now: this.clock.now(),
      })
      .getOne();
    return session?.user ?? null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }

  /** Every open session of the user, e.g. when their password changes (in that transaction). */
  async revokeAllOf(userId: string, manager: EntityManager = this.sessions.manager): Promise<void> {
    await manager.update(
      UserSession,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }
}
