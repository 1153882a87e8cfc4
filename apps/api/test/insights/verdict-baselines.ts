// The property behind "each verdict sentence names its baseline": any sentence (or Markdown table
// row) that judges a figure — better, worse, alert, watch, overloaded, stretched — also says what it
// is judged against, and that baseline is one the pack itself declares.

/** Words that judge a figure. */
const JUDGING = /\b(better|worse|alert|watch|overloaded|stretched)\b/i;

type Obj = Record<string, unknown>;

/** Every sentence of every `verdict` and reconciliation in an answer, wherever it sits. */
export function verdictSentences(node: unknown, path = 'pack', out: string[][] = []): string[][] {
  if (Array.isArray(node)) node.forEach((c, i) => verdictSentences(c, `${path}[${i}]`, out));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node as Obj)) {
      if (
        (key === 'verdict' || (key === 'text' && path.includes('reconciliations'))) &&
        typeof value === 'string'
      )
        for (const sentence of splitSentences(value)) out.push([`${path}.${key}`, sentence]);
      else verdictSentences(value, `${path}.${key}`, out);
    }
  return out;
}

/** Sentences end at a full stop before a capital; "1.3×" and "(±3)" stay whole. */
export const splitSentences = (text: string) =>
  text.split(/(?<=\.)\s+(?=[A-Z])/).filter((s) => s.trim().length > 0);

/**
 * The baselines an answer declares: the comparison period, what each warning sign and rising
 * signal says it is judged against, and the fixed words for judgements against own thresholds,
 * history, capacity or the expected level.
 */
export function declaredBaselines(pack: Obj): string[] {
  const found = new Set<string>([
    'its own thresholds',
    'its own history',
    'capacity',
    'its usual level',
  ]);
  const comparison = (pack.comparisonPeriod as { label: string } | null)?.label;
  if (comparison) found.add(comparison);
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node as Obj)) {
        if (key === 'judgedAgainst' && typeof value === 'string') found.add(value);
        else walk(value);
      }
  };
  walk(pack);
  return [...found];
}

/** A judging text with no "against <a declared baseline>" in it, or null when it has one. */
export function missingBaseline(text: string, baselines: readonly string[]): string | null {
  if (!JUDGING.test(text)) return null;
  return baselines.some((b) => text.includes(`against ${b}`)) ? null : text;
}

/**
 * The judging lines of a Markdown export without a baseline: a paragraph or list line must name
 * it itself; a table row may name it in its own cells or in its table's header row.
 */
export function markdownWithoutBaseline(markdown: string, baselines: readonly string[]): string[] {
  const bad: string[] = [];
  let header: string | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.startsWith('|')) {
      header = null;
      for (const sentence of splitSentences(line)) {
        const missing = missingBaseline(sentence, baselines);
        if (missing) bad.push(missing);
      }
      continue;
    }
    if (/^\|( --- \|)+$/.test(line)) continue;
    if (header === null) {
      header = line;
      continue;
    }
    // A cell judges; the row or its header says "against" and names a declared baseline.
    const context = `${header} ${line}`;
    const named = /\bagainst\b/i.test(context) && baselines.some((b) => context.includes(b));
    if (JUDGING.test(line) && !named) bad.push(`${line} (header ${header})`);
  }
  return bad;
}
