// A small template grammar: rules are lists of alternatives, alternatives reference other rules
// as {name}. Expanding a rule picks one alternative at random and expands its references, so a
// few hundred hand-written fragments combine into a great many distinct texts.
import type { Random } from '../random';

/** Rule name → alternatives. */
export type RuleSource = Readonly<Record<string, readonly string[]>>;

/** Values fixed for one text (the customer's name, the policy as they cite it…). */
export type Slots = Readonly<Record<string, string | undefined>>;

/** Rules computed at expansion time (order numbers, amounts, dates). */
export type Filler = (random: Random) => string;

type Part = string | { readonly name: string; readonly capitalise: boolean };
type Alternative = readonly Part[];

const REFERENCE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

function compile(template: string): Alternative {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(REFERENCE)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const name = match[1];
    const capitalise = name[0] !== name[0].toLowerCase();
    parts.push({ name: capitalise ? name[0].toLowerCase() + name.slice(1) : name, capitalise });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

function capitalise(text: string): string {
  const first = text.charCodeAt(0);
  // Only a lower-case ASCII letter needs changing; most texts already start with a capital.
  return first >= 97 && first <= 122 ? text[0].toUpperCase() + text.slice(1) : text;
}

export class Grammar {
  // Flattened on construction (a child starts from a copy of its parent's rules), so a lookup
  // is one map read; references still resolve against the most specific grammar.
  private readonly rules: Map<string, readonly Alternative[]>;
  private readonly fillers: Map<string, Filler>;

  constructor(
    source: RuleSource,
    parent: Grammar | null = null,
    fillers: Readonly<Record<string, Filler>> = {},
  ) {
    this.rules = new Map(parent?.rules);
    this.fillers = new Map(parent?.fillers);
    for (const [name, filler] of Object.entries(fillers)) this.fillers.set(name, filler);
    for (const [name, alternatives] of Object.entries(source)) {
      this.rules.set(name, alternatives.map(compile));
    }
  }

  /** A grammar whose own rules take precedence over this one's. */
  extend(source: RuleSource): Grammar {
    return new Grammar(source, this);
  }

  has(name: string): boolean {
    return this.rules.has(name) || this.fillers.has(name);
  }

  /** Expands a rule; a `{Name}` reference (capitalised) capitalises what it produces. */
  expand(name: string, random: Random, slots: Slots = {}): string {
    const fixed = slots[name];
    if (fixed !== undefined) return fixed;
    const alternatives = this.rules.get(name);
    if (alternatives) return this.render(random.pick(alternatives), random, slots);
    const filler = this.fillers.get(name);
    if (filler) return filler(random);
    throw new Error(`unknown grammar rule {${name}}`);
  }

  /** Expansions of different alternatives of one rule (fewer if it has fewer). */
  expandDistinct(name: string, count: number, random: Random, slots: Slots = {}): string[] {
    const alternatives = this.rules.get(name);
    if (!alternatives) throw new Error(`unknown grammar rule {${name}}`);
    const first = Math.floor(random.next() * alternatives.length);
    const picked = [first];
    // Walk on from the first pick by a random stride: distinct, and cheap.
    const stride = 1 + Math.floor(random.next() * Math.max(1, alternatives.length - 1));
    for (let i = 1; i < Math.min(count, alternatives.length); i++) {
      picked.push((first + i * stride) % alternatives.length);
    }
    return [...new Set(picked)].map((index) => this.render(alternatives[index], random, slots));
  }

  /** Every rule name this grammar knows, and every name its alternatives reference. */
  inventory(): { rules: string[]; references: string[] } {
    const references = new Set<string>();
    for (const alternatives of this.rules.values()) {
      for (const alternative of alternatives) {
        for (const part of alternative) if (typeof part !== 'string') references.add(part.name);
      }
    }
    return { rules: [...this.rules.keys(), ...this.fillers.keys()], references: [...references] };
  }

  private render(alternative: Alternative, random: Random, slots: Slots): string {
    let text = '';
    for (const part of alternative) {
      if (typeof part === 'string') {
        text += part;
      } else {
        const value = this.expand(part.name, random, slots);
        text += part.capitalise ? capitalise(value) : value;
      }
    }
    return text;
  }
}

/** Joins sentences, dropping empty ones; the first letter is always a capital. */
export function sentences(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    if (part.length === 0) continue;
    text = text.length === 0 ? part : `${text} ${part}`;
  }
  return capitalise(text);
}

/** A message laid out as people write them: greeting, body and sign-off on their own lines. */
export function lines(greeting: string, body: string, signOff: string): string {
  let text = greeting.length > 0 ? `${greeting}\n${body}` : body;
  if (signOff.length > 0) text += `\n${signOff}`;
  return text;
}
