/** Adds the migration to the explicit list in migrations/index.ts, after the newest. */
export function registered(index: string, className: string, file: string): string {
  const withImport = index.replace(
    /(\nimport [^\n]+\n)(\n)/,
    `$1import { ${className} } from './${file}';\n$2`,
  );
  return withImport.replace(/\[([^\]]*)\];\n$/, (_, list: string) => {
    const names = [...list.split(','), className].map((name) => name.trim()).filter(Boolean);
    return `[\n${names.map((name) => `  ${name},\n`).join('')}];\n`;
  });
}
