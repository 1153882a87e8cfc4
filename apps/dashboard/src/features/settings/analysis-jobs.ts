import type { AnalysisJobFieldsFragment } from '../../graphql/generated/graphql';

type Job = AnalysisJobFieldsFragment;

/** A job still to finish: the page polls while there is one. */
export function isActive(job: Pick<Job, 'status'>): boolean {
  return job.status === 'QUEUED' || job.status === 'RUNNING';
}

/** The job to show a progress bar for: the newest one still running or queued. */
export function activeJob<T extends Pick<Job, 'status'>>(jobs: readonly T[]): T | null {
  return jobs.find(isActive) ?? null;
}

/** Seconds per item so far, projected over the rest; null until there is enough to go on. */
export function remainingSeconds(
  job: Pick<Job, 'processed' | 'total' | 'startedAt'>,
  now: number,
): number | null {
  if (!job.startedAt || job.processed < 1 || job.total <= job.processed) return null;
  const elapsed = (now - Date.parse(job.startedAt)) / 1000;
  if (!(elapsed > 0)) return null;
  return Math.round((elapsed / job.processed) * (job.total - job.processed));
}

/** "about 2 minutes", "less than a minute" */
export function formatRemaining(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 6) / 10;
  return `about ${hours} hour${hours === 1 ? '' : 's'}`;
}
