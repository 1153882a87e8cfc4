const ROUNDS = 3;
const MIN_ROUND_MS = 700;

/**
 * Texts per second of `work` on one core: after a warm-up pass, the best of three rounds,
 * each round repeating the whole text set until it has run for at least 0.7 s.
 */
export function textsPerSecond(texts: readonly string[], work: (text: string) => unknown): number {
  for (const text of texts) work(text);
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    let done = 0;
    while (performance.now() - started < MIN_ROUND_MS) {
      for (const text of texts) work(text);
      done += texts.length;
    }
    best = Math.max(best, (done * 1000) / (performance.now() - started));
  }
  return best;
}

/** The result of one call and its wall-clock seconds. */
export function timed<T>(work: () => T): { result: T; seconds: number } {
  const started = performance.now();
  const result = work();
  return { result, seconds: (performance.now() - started) / 1000 };
}
