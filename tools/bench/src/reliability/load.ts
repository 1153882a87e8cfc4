import { post } from '../graphql-client';
import { complaint, type Instance, SUBMIT_ITEM } from './instance';

export interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | undefined;
}

/**
 * Clients that each submit one item after another until stopped, every item with its own
 * external id: what the API acknowledged can then be looked for in the database.
 */
export function submitContinuously(instance: Instance, clients: number, prefix: string) {
  const acknowledged: string[] = [];
  const answers: Answer[] = [];
  let running = true;
  let next = 0;
  const client = async () => {
    while (running) {
      const id = `${prefix}-${next++}`;
      try {
        const reply = await post<{ submitItem: { created: boolean } }>(
          instance.api.url,
          SUBMIT_ITEM,
          { input: complaint(instance.teamId, id) },
          instance.key,
        );
        if (reply.body.data?.submitItem) acknowledged.push(id);
        answers.push({
          status: reply.status,
          retryAfter: reply.retryAfter,
          code: reply.body.errors?.[0]?.extensions?.code,
        });
      } catch {
        answers.push({ status: 0, retryAfter: null, code: 'NETWORK' });
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client));
  return {
    acknowledged,
    answers,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** The resident memory of a process in MB, from /proc (Linux). */
export async function residentMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}
