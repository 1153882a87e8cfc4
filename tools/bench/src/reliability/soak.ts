import { post } from '../graphql-client';
import { percentile } from '../stats';
import type { Instance } from './instance';
import { residentMb, submitContinuously } from './load';
import { type Check, pause, seconds } from './report-row';

const SCENARIO = 'Soak';

/**
 * Steady mixed use for `durationMs`: four clients submitting items, one listing them. The API's
 * resident memory is sampled every 5 s; after warming up (the first quarter) it must stay flat.
 */
export async function soak(instance: Instance, durationMs: number): Promise<Check[]> {
  const load = submitContinuously(instance, 4, 'soak');
  let running = true;
  let lists = 0;
  const reader = (async () => {
    while (running) {
      await post(
        instance.api.url,
        'query { items(first: 25) { totalCount nodes { id text } } }',
        {},
        instance.manager,
      );
      lists += 1;
    }
  })();
  const memory: number[] = [];
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    memory.push(await residentMb(instance.api.pid));
    await pause(5_000);
  }
  running = false;
  await Promise.all([load.stop(), reader]);
  const quarter = Math.max(1, Math.floor(memory.length / 4));
  const warm = percentile(memory.slice(quarter, 2 * quarter), 50);
  const late = percentile(memory.slice(-quarter), 50);
  const growth = (late - warm) / warm;
  const errors = load.answers.filter((answer) => answer.status !== 200 || answer.code).length;
  return [
    {
      scenario: SCENARIO,
      measure: `${seconds(durationMs)} of 4 writers and 1 reader: ${load.acknowledged.length.toLocaleString('en')} items, ${lists.toLocaleString('en')} lists, errors`,
      figure: String(errors),
      bar: '0',
      passed: errors === 0,
    },
    {
      scenario: SCENARIO,
      measure: `API resident memory, warmed up → last quarter (${memory.length} samples, peak ${Math.round(Math.max(...memory))} MB)`,
      figure: `${Math.round(warm)} → ${Math.round(late)} MB (${growth >= 0 ? '+' : ''}${Math.round(growth * 100)}%)`,
      bar: '< +25%',
      passed: growth < 0.25,
    },
  ];
}
