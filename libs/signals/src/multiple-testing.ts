// Control of false discoveries when many themes or policies are tested at once.

import { requireUnit } from './validate';

/**
 * Benjamini–Hochberg adjusted p-values (q-values), in input order: flagging every test with
 * q ≤ 0.05 keeps the expected share of false flags among all flags at or below 5%. O(m log m).
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => requireUnit(p, `pValues[${i}]`));
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, (pValues[index] * m) / rank);
    adjusted[index] = running;
  }
  return adjusted;
}
