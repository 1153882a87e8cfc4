import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeysService } from './api-keys.service';
import { normaliseEmail } from './normalise-email';
import { PasswordVerifier } from './password';
import type { AuthenticatedRequest, Principal } from './principal';
import { LoginThrottleService } from './sessions/login-throttle.service';
import { sessionCookieOf } from './sessions/session-cookie';
import { SessionsService } from './sessions/sessions.service';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
  /** The session the token belongs to; revoking it ends the token. */
  sid: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
  user: User;
}

const unauthenticated = (message: string) => new DomainError(ErrorCode.UNAUTHENTICATED, message);

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly apiKeys: ApiKeysService,
    private readonly passwords: PasswordVerifier,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<IssuedToken> {
    await this.throttle.beginAttempt(email);
    const user = await this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email: normaliseEmail(email) })
      .getOne();
    // The password is checked (against a dummy hash when there is no account) before anything
    // else is looked at, so the answer takes as long whether or not the account exists.
    const passwordMatches = await this.passwords.verify(password, user?.passwordHash ?? null);
    if (!user || !user.active || !passwordMatches) {
      // Same answer for an unknown email and a wrong password: no account probing.
      throw unauthenticated('Email or password is incorrect');
    }
    await this.throttle.succeeded(email);
    const session = await this.sessions.start(user.id);
    const claims: TokenClaims = { sub: user.id, sid: session.id };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.config.tokenTtlSeconds });
    return { token, expiresAt: session.expiresAt, user };
  }

  /** Ends the caller's session: its token, bearer or cookie, is refused from now on. */
  async signOut(principal: Principal | null): Promise<void> {
    if (principal?.sessionId) await this.sessions.revoke(principal.sessionId);
  }

  /**
   * Reads the API key, the bearer token or the session cookie; `null` when the request carries
   * none. A stale cookie counts as none, so a browser whose session ended can still sign in.
   */
  async authenticate(request: AuthenticatedRequest): Promise<Principal | null> {
    if (request.principal !== undefined) return request.principal;
    const apiKey = header(request, 'x-api-key');
    const authorization = header(request, 'authorization');
    let principal: Principal | null = null;
    if (apiKey) {
      principal = await this.apiKeys.authenticate(apiKey);
      if (!principal) throw unauthenticated('The API key is unknown or revoked');
    } else if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        throw unauthenticated('Authorization must be "Bearer <token>"');
      }
      principal = await this.principalFromToken(token);
      if (!principal) throw unauthenticated('The session has ended or is invalid; sign in again');
    } else {
      const cookie = sessionCookieOf(request);
      if (cookie) principal = await this.principalFromToken(cookie);
    }
    request.principal = principal;
    return principal;
  }

  /** `null` for a bad signature, an expired token, an ended session or an inactive user. */
  private async principalFromToken(token: string): Promise<Principal | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') return null;
    // Looked up on every request so sign-out, a new password, deactivation or a changed role
    // take effect at once.
    const user = await this.sessions.userOf(claims.sid, claims.sub);
    if (!user || !user.active) return null;
    return {
      kind: 'user',
      id: user.id,
      role: user.role,
      teamId: user.teamId,
      name: user.displayName,
      sessionId: claims.sid,
    };
  }
}

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
