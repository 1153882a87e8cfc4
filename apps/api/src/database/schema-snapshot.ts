/**
 * The schema of a database as sorted lines of text, from the catalogs: what two databases must
 * share to be interchangeable (extensions, enum types, tables and their columns in order,
 * constraints, indexes, sequences, functions with their exact bodies, triggers, views). Objects
 * that belong to an extension and TypeORM's migrations table are left out. Compared by the
 * migrations spec (revert and re-apply) and when a migration chain is squashed (DEVELOPMENT.md).
 */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

// Objects in the public schema that no extension owns.
const OWN = (classId: string, alias: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classId}'::regclass AND d.objid = ${alias}.oid AND d.deptype = 'e')`;
const PUBLIC_RELATION = `n.nspname = 'public' AND ${OWN('pg_class', 'c')}`;
// TypeORM's own bookkeeping: its rows differ between any two databases by design.
const NOT_MIGRATIONS = (alias: string) =>
  `${alias}.relname NOT IN ('migrations', 'migrations_id_seq')`;

const PARTS: Record<string, string> = {
  extension: `SELECT e.extname AS line FROM pg_extension e WHERE e.extname <> 'plpgsql'`,
  enum: `
    SELECT t.typname || ' (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')' AS line
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
     WHERE n.nspname = 'public' AND ${OWN('pg_type', 't')}
     GROUP BY t.typname`,
  table: `
    SELECT c.relname || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text || ' (' ||
           string_agg(
             quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) ||
             CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END ||
             CASE WHEN a.attidentity::text <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END ||
             CASE WHEN a.attgenerated::text <> '' THEN ' GENERATED ' || a.attgenerated::text || ' ' || pg_get_expr(ad.adbin, ad.adrelid)
                  WHEN ad.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END,
             ', ' ORDER BY a.attnum) || ')' AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
     WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${PUBLIC_RELATION} AND ${NOT_MIGRATIONS('c')}
     GROUP BY c.oid, c.relname, c.relkind, c.relpersistence`,
  constraint: `
    SELECT c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid) ||
           CASE WHEN k.condeferrable THEN ' DEFERRABLE' ELSE '' END ||
           CASE WHEN k.condeferred THEN ' INITIALLY DEFERRED' ELSE '' END AS line
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${PUBLIC_RELATION} AND ${NOT_MIGRATIONS('c')}`,
  index: `
    SELECT pg_get_indexdef(i.indexrelid) AS line
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class t ON t.oid = i.indrelid
     WHERE ${PUBLIC_RELATION} AND ${NOT_MIGRATIONS('t')}`,
  sequence: `
    SELECT c.relname || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart || ' by ' || s.seqincrement AS line
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE ${PUBLIC_RELATION} AND ${NOT_MIGRATIONS('c')}`,
  function: `
    SELECT pg_get_functiondef(p.oid) AS line
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND ${OWN('pg_proc', 'p')}`,
  trigger: `
    SELECT pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text AS line
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND ${PUBLIC_RELATION} AND ${NOT_MIGRATIONS('c')}`,
  view: `
    SELECT c.relname || ' AS ' || pg_get_viewdef(c.oid) AS line
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('v', 'm') AND ${PUBLIC_RELATION}`,
};

/** `kind: definition` lines, sorted. */
export async function schemaSnapshot(query: Query): Promise<string[]> {
  const lines: string[] = [];
  for (const [kind, sql] of Object.entries(PARTS)) {
    for (const row of await query(sql)) lines.push(`${kind}: ${String(row.line)}`);
  }
  return lines.sort();
}
