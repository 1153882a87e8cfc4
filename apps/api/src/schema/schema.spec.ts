import { readFile } from 'node:fs/promises';
import { printApiSchema, SCHEMA_FILE } from './build-schema';

describe('schema.gql', () => {
  it('matches the resolvers (run `npm run schema` after changing the API)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
