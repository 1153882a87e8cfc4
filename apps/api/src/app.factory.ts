import type { LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { bodyParserErrors } from './common/body-parser-errors';
import { UnexpectedErrorFilter } from './common/unexpected-error.filter';
import { createValidationPipe } from './common/validation';
import type { ResolvedConfig } from './config/local-secrets';
import { securityHeaders } from './security-headers';

/** The configured application, not yet listening: shared by `main.ts` and the tests. */
export async function createApp(
  config: ResolvedConfig,
  databaseUrl: string,
  logger: LoggerService | LogLevel[] | false = ['warn', 'error'],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger,
      bodyParser: false,
    },
  );
  // Express names itself in X-Powered-By; nobody needs to know what serves Fulcrum.
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.use(bodyParserErrors(config.bodyLimit));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new UnexpectedErrorFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();
  return app;
}

/** Start-up messages for the person running Fulcrum, without Nest's module-by-module log. */
export const say = (line: string) => console.log(`[fulcrum] ${line}`);
