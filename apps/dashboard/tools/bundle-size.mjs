// What each route of the built dashboard downloads before it can draw, gzipped: the entry
// (index.html's script, its preloads and styles) plus the route's lazy chunk and its imports.
// Run after `nx build dashboard`: `node apps/dashboard/tools/bundle-size.mjs [--max-kb 300]`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = join(root, 'dist/apps/dashboard');
const manifestPath = join(outDir, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No build manifest at ${manifestPath}; run \`nx build dashboard\` first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const maxKbArg = process.argv.indexOf('--max-kb');
const maxKb = maxKbArg > 0 ? Number(process.argv[maxKbArg + 1]) : 300;

const sizeCache = new Map();
function gzipKb(file) {
  if (!sizeCache.has(file))
    sizeCache.set(file, gzipSync(readFileSync(join(outDir, file))).length / 1024);
  return sizeCache.get(file);
}

/** A chunk's own file, its CSS, and everything it imports statically (which loads with it). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}

function files(keys) {
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    js.add(manifest[key].file);
    for (const sheet of manifest[key].css ?? []) css.add(sheet);
  }
  return { js, css };
}

const total = (set) => [...set].reduce((sum, file) => sum + gzipKb(file), 0);
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shellKeys = closure(entryKey);
const shell = files(shellKeys);

const routes = Object.keys(manifest)
  .filter((key) => manifest[key].isDynamicEntry && key.includes('/features/'))
  .map((key) => {
    const own = files([...closure(key)].filter((chunk) => !shellKeys.has(chunk)));
    return {
      route: key.replace(/^src\//, ''),
      js: total(shell.js) + total(own.js),
      css: total(shell.css) + total(own.css),
    };
  })
  .sort((a, b) => b.js - a.js);

const kb = (value) => `${value.toFixed(1)} KB`;
const rows = [
  ['Shell (entry + preloads)', kb(total(shell.js)), kb(total(shell.css))],
  ...routes.map((route) => [`Shell + ${route.route}`, kb(route.js), kb(route.css)]),
];
const widths = [0, 1, 2].map((column) =>
  Math.max(
    ...rows.map((row) => row[column].length),
    ['What loads', 'JS (gzip)', 'CSS (gzip)'][column].length,
  ),
);
const line = (cells) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(line(['What loads', 'JS (gzip)', 'CSS (gzip)']));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

const heaviest = routes[0];
if (heaviest && heaviest.js > maxKb) {
  console.error(
    `\n${heaviest.route} needs ${kb(heaviest.js)} of JavaScript, over the ${maxKb} KB budget.`,
  );
  process.exit(1);
}
