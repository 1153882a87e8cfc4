// Compiles the API and the libraries it imports to CommonJS under dist/node, keeping the
// source tree's shape. SWC keeps decorator metadata (Nest's dependency injection needs it) and
// rewrites the @fulcrum/* path aliases to relative imports, so `node dist/node/...` just runs.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'dist/node');
const sourceDirs = [
  'apps/api/src',
  'libs/access/src',
  'libs/analysis/src',
  'libs/signals/src',
  'libs/local-postgres/src',
  'tools/demo-data/src',
];
const { compilerOptions } = JSON.parse(
  await import('node:fs/promises').then((fs) =>
    fs.readFile(join(root, 'tsconfig.base.json'), 'utf8'),
  ),
);

async function* typescriptFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(path);
    else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|d)\.ts$/.test(entry.name)) yield path;
  }
}

const options = {
  sourceMaps: true,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: root,
    paths: compilerOptions.paths,
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const dir of sourceDirs) {
  for await (const file of typescriptFiles(join(root, dir))) {
    const target = join(outDir, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, {
      ...options,
      filename: file,
      outputPath: target,
    });
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
console.log(`Compiled ${count} files to ${relative(root, outDir)}`);
