import { join } from 'node:path';
import { startLocalPostgres } from '@fulcrum/local-postgres';
import type { AppConfig } from '../config/app-config';

export interface DatabaseConnection {
  url: string;
  /** Where the data lives, for the start-up message. */
  description: string;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL keeping its data in the data folder. */
export async function connectDatabase(config: AppConfig): Promise<DatabaseConnection> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      description: 'PostgreSQL at DATABASE_URL',
      close: async () => undefined,
    };
  }
  const dataDir = join(config.dataDir, 'postgres');
  const server = await startLocalPostgres({ dataDir, database: 'fulcrum' });
  return {
    url: server.url,
    description: `embedded PostgreSQL in ${dataDir}`,
    close: () => server.stop(),
  };
}
