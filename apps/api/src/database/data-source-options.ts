import { type ClientBase, types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { migrationDataSourceOptions } from './migration-options';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar days stay 'YYYY-MM-DD' strings (no time-zone shift); counts arrive as numbers.
types.setTypeParser(types.builtins.DATE, (value) => value);
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

/** One definition serves the app, the TypeORM CLI and the tests: they cannot drift apart. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    ...migrationDataSourceOptions(url),
    entities: ENTITIES,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    extra: {
      max: poolSize,
      application_name: 'fulcrum-api',
      // A database that stops answering fails requests (503) after 10 s instead of holding them.
      connectionTimeoutMillis: 10_000,
      onConnect: keepClientErrorsHandled,
    },
  };
}

/**
 * A connection's 'error' event with no listener would crash the process. Between the pool's
 * and TypeORM's listeners there are moments with none: when PostgreSQL shuts down, its
 * "terminating connection" message then killed the API (seen in the outage spec). The error
 * still fails the queries it concerns; the pool drops the connection and opens a new one.
 */
function keepClientErrorsHandled(client: ClientBase): void {
  client.on('error', () => undefined);
}
