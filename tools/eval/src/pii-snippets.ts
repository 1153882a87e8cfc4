import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PiiKind, PiiSpan } from '@fulcrum/analysis';

export interface LabelledPiiSnippet {
  text: string;
  expected: PiiSpan[];
}

// The labelled snippets live beside the analysis library's tests, which assert a floor on them;
// they are read as files because a library's tests are not part of its public entry.
const FIXTURES = resolve(__dirname, '../../../libs/analysis/test/fixtures');
// "Cheers, {name|Hassan Robinson}": the braces mark a span and its kind.
const MARK = /\{([a-z-]+)\|([^}]*)\}/g;

export function parseMarkedSnippet(marked: string): LabelledPiiSnippet {
  let text = '';
  let cursor = 0;
  const expected: PiiSpan[] = [];
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(cursor, match.index);
    const type = match[1] as PiiKind;
    expected.push({ type, start: text.length, end: text.length + match[2].length });
    text += match[2];
    cursor = match.index + match[0].length;
  }
  return { text: text + marked.slice(cursor), expected };
}

export function loadPiiSnippets(set: 'labelled' | 'heldout'): LabelledPiiSnippet[] {
  const file = resolve(FIXTURES, `pii-${set}-snippets.json`);
  const { snippets } = JSON.parse(readFileSync(file, 'utf8')) as { snippets: string[] };
  return snippets.map(parseMarkedSnippet);
}
