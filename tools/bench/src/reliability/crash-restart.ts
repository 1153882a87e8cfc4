import { startApi } from '../api-process';
import { graphql } from '../graphql-client';
import { complaint, withInstance, SUBMIT_ITEM } from './instance';
import { type Check, seconds } from './report-row';

const SCENARIO = 'SIGKILL of the API';

/**
 * The API and its embedded PostgreSQL in one data folder, as `npm start` runs them; the API is
 * killed outright, then started again the plain way on the same folder.
 */
export async function crashRestart(): Promise<Check[]> {
  return withInstance({}, async (instance) => {
    await graphql(
      instance.api.url,
      SUBMIT_ITEM,
      { input: complaint(instance.teamId, 'before-kill') },
      instance.key,
    );
    await instance.api.kill();
    const started = performance.now();
    let restarted: string;
    try {
      instance.api = await startApi(instance.env);
      restarted = 'started';
    } catch (error) {
      restarted =
        error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error);
    }
    const took = performance.now() - started;
    const count =
      restarted === 'started'
        ? (
            await graphql<{ items: { totalCount: number } }>(
              instance.api.url,
              'query { items(first: 1) { totalCount } }',
              {},
              instance.manager,
            )
          ).items.totalCount
        : 0;
    return [
      {
        scenario: SCENARIO,
        measure: `a plain start on the same data folder after SIGKILL (${restarted})`,
        figure: seconds(took),
        bar: 'starts',
        passed: restarted === 'started',
      },
      {
        scenario: SCENARIO,
        measure: 'items acknowledged before the kill, found after the restart',
        figure: `${count} of 1`,
        bar: 'all',
        passed: count === 1,
      },
    ];
  });
}
