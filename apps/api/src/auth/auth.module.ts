import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { ApiKey } from './api-key.entity';
import { ApiKeysResolver } from './api-keys.resolver';
import { ApiKeysService } from './api-keys.service';
import { PasswordVerifier } from './password';
import { LoginThrottle } from './sessions/login-throttle.entity';
import { LoginThrottleService } from './sessions/login-throttle.service';
import { SessionsService } from './sessions/sessions.service';
import { UserSession } from './sessions/user-session.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RolesGuard } from './roles.guard';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, ApiKey, UserSession, LoginThrottle]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // One algorithm, named on both sides: a token claiming any other (HS512, none) is refused.
      useFactory: (config: ResolvedConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    AuthService,
    ApiKeysService,
    PasswordVerifier,
    LoginThrottleService,
    SessionsService,
    UsersService,
    AuthResolver,
    UsersResolver,
    ApiKeysResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [UsersService],
})
export class AuthModule {}
