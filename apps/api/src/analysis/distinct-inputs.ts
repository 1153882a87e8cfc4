import type { AnalysisInput } from './analysis-task';
import type { OrganisationAnalyzer } from './analyzer.service';

/** Results kept per kind of call (twice this at most): enough for a bulk load's recurring replies. */
const REMEMBERED = 20_000;

/**
 * The analysis is a pure function of the input (text and context) and of the configuration the
 * analyzer was built from, so identical inputs get identical results. This analyzer analyses each
 * distinct input once: repeats within a call, and inputs seen in the calls before it, share the
 * result instead of costing a worker thread the same work again. Bulk loads repeat texts (a
 * helpdesk's canned replies, "Thanks, that's sorted"); results are only read, never changed.
 * It belongs to one built analyzer: a new configuration gets a new one, so nothing stale is reused.
 */
export function analysingDistinctInputs(
  built: OrganisationAnalyzer,
  remembered = REMEMBERED,
): OrganisationAnalyzer {
  const analyses = new Remembered<Awaited<ReturnType<OrganisationAnalyzer['analyseAll']>>[number]>(
    remembered,
  );
  const flags = new Remembered<Awaited<ReturnType<OrganisationAnalyzer['flagsAll']>>[number]>(
    remembered,
  );
  return {
    ...built,
    analyseAll: (inputs) => analyses.resultsOf(inputs, (missing) => built.analyseAll(missing)),
    flagsAll: (inputs) => flags.resultsOf(inputs, (missing) => built.flagsAll(missing)),
  };
}

/**
 * Results by key, at most `capacity` of them in each of two generations: when the newer one is
 * full it becomes the older and the oldest are forgotten at once (no per-entry eviction, which
 * on a Map walks over every deleted entry before the first live one).
 */
class Remembered<R> {
  private newer = new Map<string, R>();
  private older = new Map<string, R>();

  constructor(private readonly capacity: number) {}

  async resultsOf(
    inputs: readonly AnalysisInput[],
    analyse: (inputs: readonly AnalysisInput[]) => Promise<R[]>,
  ): Promise<R[]> {
    // The whole input is the key: every field of the context can change the result.
    const keys = inputs.map((input) => JSON.stringify(input));
    // Taken out before anything is added: remembering this call's results may forget them.
    const found = new Map<string, R>();
    const missing = new Map<string, AnalysisInput>();
    keys.forEach((key, index) => {
      if (found.has(key) || missing.has(key)) return;
      const known = this.recall(key);
      if (known !== undefined) found.set(key, known);
      else missing.set(key, inputs[index]);
    });
    if (missing.size > 0) {
      const outcomes = await analyse([...missing.values()]);
      [...missing.keys()].forEach((key, index) => {
        found.set(key, outcomes[index]);
        // A failure may be passing (a worker thread that died): it is not remembered.
        if (!(outcomes[index] instanceof Error)) this.remember(key, outcomes[index]);
      });
    }
    return keys.map((key) => found.get(key) as R);
  }

  private recall(key: string): R | undefined {
    const recent = this.newer.get(key);
    if (recent !== undefined) return recent;
    const old = this.older.get(key);
    // Still in use: kept for the next generation too.
    if (old !== undefined) this.remember(key, old);
    return old;
  }

  private remember(key: string, result: R): void {
    if (this.newer.size >= this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, result);
  }
}
