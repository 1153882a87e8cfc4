/**
 * Damerau–Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and swaps of neighbours) when it is at most `max`, else `max + 1`. Only a band of width
 * 2·max+1 around the diagonal is computed and it stops as soon as the band exceeds `max`, so a
 * typo check costs a few dozen steps instead of a full matrix.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  const beyond = max + 1;
  // Three rows: the one before the previous (for swaps), the previous and the current.
  let before = new Array<number>(width).fill(beyond);
  let previous = new Array<number>(width);
  let current = new Array<number>(width).fill(beyond);
  for (let j = 0; j < width; j++) previous[j] = j <= max ? j : beyond;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(beyond);
    current[0] = i <= max ? i : beyond;
    let rowBest = current[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, before[j - 2] + 1);
      }
      current[j] = Math.min(value, beyond);
      if (current[j] < rowBest) rowBest = current[j];
    }
    if (rowBest > max) return beyond;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], beyond);
}
