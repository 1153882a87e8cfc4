import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Every class exported by a `*.resolver` file under this app's source: no list to keep in step. */
type ResolverClass = abstract new (...args: never[]) => unknown;

function discoverResolvers(dir: string, extension: string): ResolverClass[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return discoverResolvers(path, extension);
    if (!entry.name.endsWith(`.resolver${extension}`)) return [];
    const exports = require(path) as Record<string, unknown>;
    return Object.values(exports).filter(
      (value): value is ResolverClass =>
        typeof value === 'function' && value.name.endsWith('Resolver'),
    );
  });
}

/** The GraphQL schema as SDL, sorted, built from the resolvers without a server or database. */
export async function printApiSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    const resolvers = discoverResolvers(join(__dirname, '..'), extname(__filename));
    const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

export const SCHEMA_FILE = join(__dirname, '../../schema.gql');
