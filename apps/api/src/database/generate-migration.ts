import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { registered } from './migration-index';
import { withScratchDatabase } from './scratch-database';

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
  return withScratchDatabase(async (url) => {
    const dataSource = new DataSource(dataSourceOptions(url, 1));
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
    }
  });
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

/** Written as the repository's prettier settings format it, so `prettier --check` stays clean. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const options = await resolveConfig(path);
  await writeFile(path, await format(text, { ...options, filepath: path }));
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
  await writeFormatted(join(MIGRATIONS_DIR, `${file}.ts`), migrationSource(className, change));
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  await writeFormatted(indexPath, registered(await readFile(indexPath, 'utf8'), className, file));
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
