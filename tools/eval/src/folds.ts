export interface Split {
  train: number[];
  test: number[];
}

/**
 * k-fold splits stratified by label: each label's items are dealt round-robin to the folds
 * in a seeded random order, so every fold has about the same label mix and runs repeat exactly.
 */
export function stratifiedFolds(labels: readonly string[], folds: number, seed = 1): Split[] {
  const foldOf = new Array<number>(labels.length);
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, index) => byLabel.set(label, [...(byLabel.get(label) ?? []), index]));
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const indices = byLabel.get(label) ?? [];
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    for (const index of indices) foldOf[index] = next++ % folds;
  }
  return Array.from({ length: folds }, (_, fold) => ({
    train: labels.flatMap((_, index) => (foldOf[index] === fold ? [] : [index])),
    test: labels.flatMap((_, index) => (foldOf[index] === fold ? [index] : [])),
  }));
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
