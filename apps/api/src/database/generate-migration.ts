import 'reflect-metadata';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalPostgres } from '@fulcrum/local-postgres';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * `npm run migration:generate -- <kebab-name>`: applies every migration to a scratch database
 * (a throwaway embedded PostgreSQL, so no server is needed), asks TypeORM what the entities still
 * need, and writes that as a new migration with its `down`, listed in migrations/index.ts.
 * `--check` writes nothing and exits 1 when the entities need a migration.
 */
const MIGRATIONS_DIR = resolve('apps/api/src/database/migrations');

interface SchemaChange {
  up: string[];
  down: string[];
}

async function pendingChange(): Promise<SchemaChange> {
  const folder = await mkdtemp(join(tmpdir(), 'fulcrum-migration-'));
  const server = await startLocalPostgres({
    dataDir: join(folder, 'postgres'),
    database: 'migrations',
    durability: 'ephemeral',
  });
  const dataSource = new DataSource(dataSourceOptions(server.url, 1));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: sql.upQueries.map((query) => query.query),
      down: sql.downQueries.map((query) => query.query).reverse(),
    };
  } finally {
    await dataSource.destroy();
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

const pascal = (kebab: string) =>
  kebab
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

const templateLiteral = (text: string) => `\`${text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\``;

const statements = (queries: string[]) =>
  queries.map((query) => `    await queryRunner.query(${templateLiteral(query)});`).join('\n');

function migrationSource(className: string, change: SchemaChange): string {
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

// TODO(author): say in a line why the schema changes.

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${statements(change.up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${statements(change.down)}
  }
}
`;
}

/** Adds the migration to the explicit list, after the newest. */
async function register(className: string, file: string): Promise<void> {
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = await readFile(indexPath, 'utf8');
  const withImport = index.replace(
    /(\nimport [^\n]+\n)(\n)/,
    `$1import { ${className} } from './${file}';\n$2`,
  );
  await writeFile(indexPath, withImport.replace(/\n\];\n$/, `\n  ${className},\n];\n`));
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const name = argv.find((arg) => !arg.startsWith('--')) ?? '';
  if (!check && !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    console.error('usage: npm run migration:generate -- <kebab-case-name> | --check');
    return 2;
  }
  const change = await pendingChange();
  if (change.up.length === 0) {
    console.log('The entities and the migrations agree: nothing to generate.');
    return 0;
  }
  if (check) {
    console.error(`The entities need a migration:\n${change.up.join('\n')}`);
    return 1;
  }
  const timestamp = Date.now();
  const className = `${pascal(name)}${timestamp}`;
  const file = `${timestamp}-${name}`;
  await writeFile(join(MIGRATIONS_DIR, `${file}.ts`), migrationSource(className, change));
  await register(className, file);
  console.log(
    `Wrote apps/api/src/database/migrations/${file}.ts (${change.up.length} statements) and listed it in index.ts.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
