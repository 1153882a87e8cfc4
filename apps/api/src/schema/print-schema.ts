import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printApiSchema, SCHEMA_FILE } from './build-schema';

// `npm run schema`: writes the committed schema.gql the dashboard's types are generated from.
printApiSchema()
  .then((sdl) => writeFile(SCHEMA_FILE.replace('/dist/node/', '/'), sdl))
  .then(() => console.log('Wrote apps/api/schema.gql'))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
