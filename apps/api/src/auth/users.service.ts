import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { conflict, notFound } from '../common/domain-error';
import type { CreateUserInput, UpdateUserInput } from './dto/auth.types';
import { normaliseEmail } from './normalise-email';
import { hashPassword } from './password';
import { Role } from './role.enum';
import { SessionsService } from './sessions/sessions.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionsService,
  ) {}

  list(): Promise<User[]> {
    return this.users.find({ order: { displayName: 'ASC' } });
  }

  async create(input: CreateUserInput): Promise<User> {
    const email = normaliseEmail(input.email);
    const existing = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (existing) throw conflict(`A user with e-mail ${email} already exists`, 'email');
    return this.users.save(
      this.users.create({
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        teamId: input.teamId ?? null,
        passwordHash: await hashPassword(input.password),
      }),
    );
  }

  async update(input: UpdateUserInput, actingUserId: string | null): Promise<User> {
    const user = await this.users.findOneBy({ id: input.id });
    if (!user) throw notFound('User', input.id);
    await this.assertAdminRemains(user, input, actingUserId);
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.role !== undefined) user.role = input.role;
    if (input.teamId !== undefined) user.teamId = input.teamId;
    if (input.active !== undefined && input.active !== null) user.active = input.active;
    if (!input.password) return this.users.save(user);
    user.passwordHash = await hashPassword(input.password);
    // A new password ends every session, in the same transaction: whoever knew the old one is
    // signed out everywhere, and never is the password changed with the old sessions still open.
    return this.users.manager.transaction(async (tx) => {
      const saved = await tx.save(user);
      await this.sessions.revokeAllOf(user.id, tx);
      return saved;
    });
  }

  /** Nobody may lock themselves out, and the organisation always keeps an active admin. */
  private async assertAdminRemains(
    user: User,
    input: UpdateUserInput,
    actingUserId: string | null,
  ): Promise<void> {
    const deactivating = input.active === false && user.active;
    const demoting =
      input.role !== undefined && input.role !== Role.ADMIN && user.role === Role.ADMIN;
    if (deactivating && user.id === actingUserId) {
      throw conflict(
        'You cannot deactivate your own account; ask another admin',
        'active',
        'notSelf',
      );
    }
    if ((deactivating || demoting) && user.role === Role.ADMIN && user.active) {
      const otherAdmins = await this.users.countBy({ role: Role.ADMIN, active: true });
      if (otherAdmins <= 1) {
        throw conflict(
          'This is the last active admin; make someone else an admin first',
          deactivating ? 'active' : 'role',
          'lastAdmin',
        );
      }
    }
  }

  /** A deployment without users gets its first admin from FULCRUM_ADMIN_EMAIL / _PASSWORD. */
  async ensureFirstAdmin({ email, password }: { email: string; password: string }): Promise<void> {
    if ((await this.users.count()) > 0) return;
    await this.create({ email, password, displayName: 'Administrator', role: Role.ADMIN });
    this.logger.log(`Created the first admin, ${email}`);
  }
}
