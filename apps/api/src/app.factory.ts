import { Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { bodyParserErrors } from './common/body-parser-errors';
import { createValidationPipe } from './common/validation';
import type { ResolvedConfig } from './config/local-secrets';

/** The configured application, not yet listening: shared by `main.ts` and the tests. */
export async function createApp(
  config: ResolvedConfig,
  databaseUrl: string,
  logger: LoggerService | LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger,
      bodyParser: false,
    },
  );
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.use(bodyParserErrors(config.bodyLimit));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  return app;
}

export const bootLogger = new Logger('Fulcrum');
