// How people cite a rule: by its name, by what they call it, or with a typo.
import type { Random } from '../random';
import type { DemoPolicy } from '../types';
import { misspell } from './noise';

function lowerFirst(text: string): string {
  // Keep acronyms ("ID check", "PO policy") as written.
  return /^[A-Z][a-z ]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

export function policyReference(policy: DemoPolicy, random: Random): string {
  let phrase: string;
  if (random.chance(0.35)) {
    const name = policy.name;
    phrase = random.pick([
      `your policy that ${lowerFirst(name)}`,
      `the "${name}" rule`,
      `the rule that ${lowerFirst(name)}`,
      `your "${lowerFirst(name)}" policy`,
    ]);
  } else {
    const alias = random.pick(policy.aliases);
    phrase = random.pick([`the ${alias}`, `your ${alias}`, `this ${alias}`]);
  }
  return random.chance(0.15) ? misspell(phrase, random) : phrase;
}
