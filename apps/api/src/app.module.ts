import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule, type ServeStaticModuleOptions } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from './actions/actions.module';
import { AlertsModule } from './alerts/alerts.module';
import { AnalysisModule } from './analysis/analysis.module';
import { LearningModule } from './analysis/learning.module';
import { AttentionModule } from './attention/attention.module';
import { AuthModule } from './auth/auth.module';
import { DemoModule } from './demo/demo.module';
import { DigestsModule } from './digests/digests.module';
import { Clock } from './common/clock';
import { APP_CONFIG } from './config/app-config';
import { ConfigError } from './config/config-error';
import type { ResolvedConfig } from './config/local-secrets';
import { dataSourceOptions } from './database/data-source-options';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './health/health.controller';
import { InsightsModule } from './insights/insights.module';
import { IntakeModule } from './intake/intake.module';
import { ItemsModule } from './items/items.module';
import { MailModule } from './mail/mail.module';
import { OrganisationModule } from './organisation/organisation.module';
import { ReviewNotesModule } from './review-notes/review-notes.module';
import { StaffModule } from './staff/staff.module';

/**
 * The built dashboard at `/`: any unknown page path gets index.html (client-side routes), but a
 * missing script or asset is a 404, never HTML a browser might cache as code.
 */
function dashboardFiles(rootPath: string): ServeStaticModuleOptions {
  return {
    rootPath,
    exclude: ['/graphql', '/health', '/assets/{*path}'],
    serveStaticOptions: {
      setHeaders: (response, path) => {
        // Vite puts a content hash in every asset name: they never change, so cache them for good.
        if (path.includes(`${sep}assets${sep}`))
          response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    },
  };
}

@Module({})
export class AppModule {
  static forRoot(config: ResolvedConfig, databaseUrl: string): DynamicModule {
    const dashboard = existsSync(config.dashboardDir)
      ? [ServeStaticModule.forRoot(dashboardFiles(config.dashboardDir))]
      : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl),
          migrationsRun: true,
          // A database the operator must replace (see migrations/baseline/squashed-chain.ts) will
          // not get better by retrying: fail at once with the message.
          toRetry: (error: unknown) => !(error instanceof ConfigError),
        }),
        GraphQLModule.forRoot(graphqlOptions(config)),
        ThrottlerModule.forRoot([
          { name: 'public', ...config.publicRateLimit, ttl: config.publicRateLimit.ttlMs },
        ]),
        ...dashboard,
        AnalysisModule,
        AuthModule,
        OrganisationModule,
        ItemsModule,
        IntakeModule,
        StaffModule,
        ActionsModule,
        InsightsModule,
        ReviewNotesModule,
        LearningModule,
        DemoModule,
        MailModule,
        DigestsModule,
        AlertsModule,
        AttentionModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }, Clock],
      exports: [APP_CONFIG, Clock],
    };
  }
}
