import type { QueryRunner } from 'typeorm';
import { ConfigError } from '../../../config/config-error';

/** The pre-release migrations the baseline replaced, oldest first. */
export const SQUASHED_MIGRATIONS = [
  'InitialSchema1795373968051',
  'TextAnalysis1795376328442',
  'InsightAggregates1795377100000',
  'InsightAggregatesV21795379000000',
  'InsightBulkLoad1795380000000',
  'InsightRefreshQueue1795381000000',
  'ReviewNotes1795382000000',
  'InsightDurationsJson1795383000000',
  'SignInSessions1795384512000',
  'AccessScope1795385400000',
  'AnonymousDayOnly1795386420000',
  'SearchTrigramIndexes1795417200000',
];

/**
 * A database the whole squashed chain ran on (a data folder from before the baseline) already
 * has the baseline's schema, object for object (compared when the chain was squashed): the
 * chain's rows in the migrations table make way for the baseline's, and nothing is created.
 * Returns false for a new database. Part of the chain cannot be carried forward: that database
 * must be started afresh, and the error says how.
 */
export async function adoptSquashedChain(queryRunner: QueryRunner): Promise<boolean> {
  const table = queryRunner.connection.options.migrationsTableName ?? 'migrations';
  const ran = (await queryRunner.query(`SELECT name FROM "${table}" WHERE name = ANY($1)`, [
    SQUASHED_MIGRATIONS,
  ])) as { name: string }[];
  if (ran.length === 0) return false;
  if (ran.length < SQUASHED_MIGRATIONS.length)
    throw new ConfigError(
      `This database was made by an unreleased early version of Fulcrum (${ran.length} of its ${SQUASHED_MIGRATIONS.length} migrations ran) and cannot be upgraded. ` +
        'Start with a new one: stop Fulcrum and delete the data folder (FULCRUM_DATA_DIR, default .data), ' +
        'or with DATABASE_URL drop and recreate that database (npm start then loads the demo organisation again).',
    );
  await queryRunner.query(`DELETE FROM "${table}" WHERE name = ANY($1)`, [SQUASHED_MIGRATIONS]);
  return true;
}
