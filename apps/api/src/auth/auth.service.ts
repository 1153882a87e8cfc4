import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../common/domain-error';
import { ApiKeysService } from './api-keys.service';
import { verifyPassword } from './password';
import type { AuthenticatedRequest, Principal } from './principal';
import { User } from './user.entity';

interface TokenClaims {
  sub: string;
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<IssuedToken> {
    const user = await this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
    // Same answer for an unknown email and a wrong password: no account probing.
    if (!user || !user.active || !(await verifyPassword(password, user.passwordHash))) {
      throw unauthenticated('Email or password is incorrect');
    }
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const token = await this.jwt.signAsync({ sub: user.id } satisfies TokenClaims, {
      expiresIn: this.config.tokenTtlSeconds,
    });
    return { token, expiresAt, user };
  }

  /** Reads the bearer token or API key; `null` when the request carries neither. */
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
    }
    request.principal = principal;
    return principal;
  }

  private async principalFromToken(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw unauthenticated('The session has expired or is invalid; sign in again');
    }
    // Looked up on every request so a deactivated user or a changed role takes effect at once.
    const user = await this.users.findOneBy({ id: claims.sub });
    if (!user || !user.active) throw unauthenticated('The account is no longer active');
    return {
      kind: 'user',
      id: user.id,
      role: user.role,
      teamId: user.teamId,
      name: user.displayName,
    };
  }
}

function header(request: AuthenticatedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
