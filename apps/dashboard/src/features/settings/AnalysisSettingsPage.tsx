import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { AnalysisJobFieldsFragment } from '../../graphql/generated/graphql';
import { formatNumber, formatPercent, formatScore, formatShortDateTime } from '../../lib/format';
import { describeError } from '../../lib/graphql-errors';
import { jobStatusLabel } from '../../lib/labels';
import { useNow } from '../../lib/useNow';
import { Alert } from '../../ui/Alert';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { ProgressBar } from '../../ui/ProgressBar';
import { ErrorState, LoadingState } from '../../ui/states';
import { activeJob, formatRemaining, remainingSeconds } from './analysis-jobs';
import {
  AnalysisJobsDocument,
  AnalysisModelsDocument,
  StartReanalysisDocument,
  TrainThemeModelDocument,
} from './graphql/analysis';
import { compareQuality, describeQuality, themeModels } from './model-quality';
import { NotAnalysedCard } from './NotAnalysedCard';
import { OUTDATED_MODEL_LABEL, OutdatedModelNote } from './OutdatedModelNote';
import { SignModelCard } from './SignModelCard';
import '../../ui/DataTable.css';

/** How often the page asks for progress while a job runs. */
export const JOB_POLL_MS = 2000;

const jobTone: Record<AnalysisJobFieldsFragment['status'], BadgeTone> = {
  QUEUED: 'info',
  RUNNING: 'info',
  DONE: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
};

/** Re-analysis of history with its progress, the theme model with its measured quality, and what was not analysed. */
export default function AnalysisSettingsPage({ pollMs = JOB_POLL_MS }: { pollMs?: number }) {
  return (
    <>
      <PageHeader
        eyebrow="Settings"
        title="Re-analysis and the theme model"
        description="When themes, policies or the model change, every item is analysed again in the background. Corrections made in the Explorer are kept and teach the next model."
      />
      <div className="settings-stack">
        <ReanalysisCard pollMs={pollMs} />
        <ThemeModelCard />
        <SignModelCard />
        <NotAnalysedCard />
      </div>
    </>
  );
}

function ReanalysisCard({ pollMs }: { pollMs: number }) {
  const [polling, setPolling] = useState(false);
  const jobs = useQuery(AnalysisJobsDocument, {
    pollInterval: polling ? pollMs : 0,
    notifyOnNetworkStatusChange: false,
  });
  const [start, starting] = useMutation(StartReanalysisDocument, {
    refetchQueries: [AnalysisJobsDocument],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const list = jobs.data?.analysisJobs ?? [];
  const running = activeJob(list);

  // Poll while a job is queued or running; stop once it is done (state derived while rendering).
  if (Boolean(running) !== polling) setPolling(Boolean(running));
  const now = useNow(Boolean(running), pollMs);

  const startNow = async () => {
    setProblem(null);
    try {
      await start({ variables: { input: { reason: 'Started by hand in Settings' } } });
    } catch (error) {
      setProblem(describeError(error).message);
    }
  };

  let body;
  if (jobs.loading && !jobs.data) body = <LoadingState label="Loading re-analyses…" lines={2} />;
  else if (jobs.error && !jobs.data) {
    const described = describeError(jobs.error);
    body = (
      <ErrorState
        title="Re-analyses could not be loaded"
        message={described.message}
        onRetry={described.kind === 'forbidden' ? undefined : () => void jobs.refetch()}
      />
    );
  } else {
    const remaining = running ? remainingSeconds(running, now) : null;
    body = (
      <>
        <div aria-live="polite" className="settings-job">
          {running ? (
            <>
              <p className="settings-job__what">
                <Badge tone="info" icon="↻">
                  {jobStatusLabel[running.status]}
                </Badge>{' '}
                {running.reason}
              </p>
              <ProgressBar
                label="Re-analysis progress"
                value={running.processed}
                max={running.total}
                indeterminate={running.status === 'QUEUED' || running.total === 0}
                detail={
                  running.status === 'QUEUED'
                    ? 'Waiting to start'
                    : `${formatNumber(running.processed)} of ${formatNumber(running.total)} items${remaining !== null ? ` · ${formatRemaining(remaining)} left` : ''}`
                }
              />
            </>
          ) : (
            <p className="settings-job__idle">
              {list[0]
                ? `Nothing is running. The last re-analysis ${list[0].status === 'DONE' ? 'finished' : 'ended'} ${formatShortDateTime(list[0].finishedAt ?? list[0].createdAt)}.`
                : 'No re-analysis has run yet.'}
            </p>
          )}
        </div>
        {problem ? (
          <Alert tone="danger" role="alert" title="The re-analysis could not start">
            {problem}
          </Alert>
        ) : null}
        <div className="form__actions">
          <Button
            onClick={() => void startNow()}
            busy={starting.loading}
            disabled={Boolean(running)}
          >
            Re-analyse now
          </Button>
          {running ? (
            <span className="form__note">One re-analysis runs at a time.</span>
          ) : (
            <span className="form__note">
              Analyses every item again with the current themes, policies and model.
            </span>
          )}
        </div>
        {list.length > 0 ? <JobHistory jobs={list} /> : null}
      </>
    );
  }
  return (
    <Card title="Re-analysis" titleId="reanalysis-title">
      {body}
    </Card>
  );
}

function JobHistory({ jobs }: { jobs: readonly AnalysisJobFieldsFragment[] }) {
  return (
    <div className="table-frame settings-jobs">
      <table className="data-table data-table--records">
        <caption className="settings-jobs__caption">Recent re-analyses, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Why</th>
            <th scope="col">Status</th>
            <th scope="col" className="data-table__number">
              Items
            </th>
            <th scope="col">Started</th>
            <th scope="col">Finished</th>
          </tr>
        </thead>
        <tbody>
          {jobs.slice(0, 10).map((job) => (
            <tr key={job.id}>
              <th scope="row">
                {job.reason}
                {job.error ? <p className="settings__error">{job.error}</p> : null}
              </th>
              <td>
                <Badge tone={jobTone[job.status]}>{jobStatusLabel[job.status]}</Badge>
              </td>
              <td className="data-table__number">
                {job.status === 'QUEUED' && job.total === 0
                  ? '—'
                  : `${formatNumber(job.processed)} / ${formatNumber(job.total)}`}
              </td>
              <td>{job.startedAt ? formatShortDateTime(job.startedAt) : '—'}</td>
              <td>{job.finishedAt ? formatShortDateTime(job.finishedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ThemeModelCard() {
  const models = useQuery(AnalysisModelsDocument);
  const [train, training] = useMutation(TrainThemeModelDocument, {
    refetchQueries: [AnalysisModelsDocument, AnalysisJobsDocument],
    awaitRefetchQueries: true,
  });
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const list = themeModels(models.data?.analysisModels ?? []);
  const active = list.find((model) => model.active) ?? null;
  const latest = list[0] ?? null;
  const previous = list[1] ?? null;

  const trainNow = async () => {
    setOutcome(null);
    try {
      const { data } = await train({ variables: { input: { activate: true } } });
      if (data)
        setOutcome({
          tone: 'success',
          text: `Trained ${data.trainThemeModel.version} on ${formatNumber(data.trainThemeModel.exampleCount)} examples. It is in use now, and history is being re-analysed with it.`,
        });
    } catch (error) {
      setOutcome({ tone: 'danger', text: describeError(error).message });
    }
  };

  let body;
  if (models.loading && !models.data) body = <LoadingState label="Loading models…" lines={2} />;
  else if (models.error && !models.data) {
    const described = describeError(models.error);
    body = (
      <ErrorState
        title="Models could not be loaded"
        message={described.message}
        onRetry={described.kind === 'forbidden' ? undefined : () => void models.refetch()}
      />
    );
  } else {
    body = (
      <>
        {active ? (
          <div className="settings-model">
            <p className="settings-model__name">
              {active.featureSetOutdated ? 'Chosen' : 'In use'}: <strong>{active.version}</strong>,
              trained {formatShortDateTime(active.trainedAt)} on {formatNumber(active.exampleCount)}{' '}
              labelled examples.
            </p>
            {active.featureSetOutdated ? (
              <OutdatedModelNote fallback="themes are found by their keywords alone" />
            ) : null}
            <p className="settings-model__quality">{describeQuality(active.quality)}</p>
            {active === latest ? (
              <p className="form__note">
                {compareQuality(latest.quality, previous?.quality ?? null)}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="settings-model__none">
            No theme model is trained yet, so themes are found by their keywords alone. Training
            learns from the themes’ labelled examples and from corrections made in the Explorer.
          </p>
        )}
        <div aria-live="polite">
          {outcome ? (
            <Alert tone={outcome.tone} role={outcome.tone === 'danger' ? 'alert' : undefined}>
              {outcome.text}
            </Alert>
          ) : null}
        </div>
        <div className="form__actions">
          <Button onClick={() => void trainNow()} busy={training.loading}>
            {training.loading ? 'Training…' : 'Train a new theme model'}
          </Button>
          <span className="form__note">
            Training takes up to a minute. The new model is used at once and history is re-analysed
            with it.
          </span>
        </div>
        {list.length > 0 ? (
          <div className="table-frame">
            <table className="data-table data-table--records">
              <caption className="settings-jobs__caption">Theme models, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Trained</th>
                  <th scope="col" className="data-table__number">
                    Examples
                  </th>
                  <th scope="col" className="data-table__number">
                    Held out
                  </th>
                  <th scope="col" className="data-table__number">
                    Right theme
                  </th>
                  <th scope="col" className="data-table__number">
                    Macro-F1
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((model) => (
                  <tr key={model.id}>
                    <th scope="row">
                      <code>{model.version}</code>{' '}
                      {model.featureSetOutdated ? (
                        <Badge tone="warning" icon="!">
                          {OUTDATED_MODEL_LABEL}
                        </Badge>
                      ) : model.active ? (
                        <Badge tone="success" icon="✓">
                          In use
                        </Badge>
                      ) : null}
                    </th>
                    <td>{formatShortDateTime(model.trainedAt)}</td>
                    <td className="data-table__number">{formatNumber(model.exampleCount)}</td>
                    <td className="data-table__number">
                      {model.quality ? formatNumber(model.quality.heldOut) : '—'}
                    </td>
                    <td className="data-table__number">
                      {model.quality ? formatPercent(model.quality.accuracy) : '—'}
                    </td>
                    <td className="data-table__number">
                      {model.quality ? formatScore(model.quality.macroF1) : 'Not measured'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </>
    );
  }
  return (
    <Card title="Theme model" titleId="theme-model-title">
      {body}
    </Card>
  );
}
