import type { AnalysisInput } from './analysis-task';
import type { OrganisationAnalyzer } from './analyzer.service';

/** Results kept per kind of call: enough for a bulk load's recurring replies, bounded in memory. */
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

class Remembered<R> {
  private readonly results = new Map<string, R>();

  constructor(private readonly capacity: number) {}

  async resultsOf(
    inputs: readonly AnalysisInput[],
    analyse: (inputs: readonly AnalysisInput[]) => Promise<R[]>,
  ): Promise<R[]> {
    // The whole input is the key: every field of the context can change the result.
    const keys = inputs.map((input) => JSON.stringify(input));
    // Taken out before anything is added: remembering this call's results may evict them.
    const found = new Map<string, R>();
    const missing = new Map<string, AnalysisInput>();
    keys.forEach((key, index) => {
      const known = this.results.get(key);
      if (known !== undefined) found.set(key, known);
      else if (!missing.has(key)) missing.set(key, inputs[index]);
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

  private remember(key: string, result: R): void {
    if (this.results.size >= this.capacity) {
      // The oldest goes first (a Map iterates in insertion order).
      const oldest = this.results.keys().next();
      if (!oldest.done) this.results.delete(oldest.value);
    }
    this.results.set(key, result);
  }
}
