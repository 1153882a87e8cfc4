import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError } from '../../test/fixtures';
import { aSession, aSessionStore, renderPage, type Mock } from '../../test/render';
import { aJob, aModel } from '../../test/settings-fixtures';
import AnalysisSettingsPage from './AnalysisSettingsPage';
import {
  AnalysisJobsDocument,
  AnalysisModelsDocument,
  NotAnalysedTextsDocument,
  StartReanalysisDocument,
  TrainSignModelDocument,
  TrainThemeModelDocument,
} from './graphql/analysis';

const jobs = (list: ReturnType<typeof aJob>[], maxUsageCount = 1): Mock => ({
  request: { query: AnalysisJobsDocument },
  result: { data: { analysisJobs: list } },
  maxUsageCount,
});
const models = (list: ReturnType<typeof aModel>[], maxUsageCount = 1): Mock => ({
  request: { query: AnalysisModelsDocument },
  result: { data: { analysisModels: list } },
  maxUsageCount,
});
const finished = aJob('job-0', 'DONE', 5000, 5000);

const notAnalysed = (
  result: Mock['result'] = {
    data: { notAnalysedTexts: { total: 0, byLanguage: [] } },
  },
): Mock => ({
  request: { query: NotAnalysedTextsDocument },
  result,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderAnalysis(mocks: Mock[], notAnalysedMock = notAnalysed()) {
  return renderPage(<AnalysisSettingsPage pollMs={20} />, {
    route: '/settings/analysis',
    store: aSessionStore(aSession({ role: 'PROCESS_OWNER' })),
    mocks: [...mocks, notAnalysedMock],
  });
}

describe('AnalysisSettingsPage', () => {
  it('counts the items not analysed because of their language, by language', async () => {
    renderAnalysis(
      [jobs([finished]), models([])],
      notAnalysed({
        data: {
          notAnalysedTexts: {
            total: 15,
            byLanguage: [
              { language: 'de', count: 12 },
              { language: 'es', count: 3 },
            ],
          },
        },
      }),
    );
    const card = await screen.findByRole('region', { name: 'Texts not analysed' });
    expect(await within(card).findByText(/15 items are not analysed/)).toBeInTheDocument();
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['German: 12', 'Spanish: 3']);
  });

  it('says when every item was analysed, and explains a count that failed to load', async () => {
    const { unmount } = renderAnalysis([jobs([finished]), models([])]);
    expect(
      await screen.findByText('Every item is in a language the analysis reads (English).'),
    ).toBeInTheDocument();
    unmount();
    renderAnalysis(
      [jobs([finished]), models([])],
      notAnalysed(apiError('FORBIDDEN', 'Forbidden resource')),
    );
    const card = await screen.findByRole('region', { name: 'Texts not analysed' });
    expect(await within(card).findByText('The count could not be loaded')).toBeInTheDocument();
  });

  it('shows a running re-analysis as a progress bar and follows it until it finishes', async () => {
    renderAnalysis([
      jobs([aJob('job-1', 'RUNNING', 1200, 5000), finished]),
      jobs([aJob('job-1', 'RUNNING', 4000, 5000), finished]),
      jobs([aJob('job-1', 'DONE', 5000, 5000), finished], Number.POSITIVE_INFINITY),
      models([]),
    ]);
    const bar = await screen.findByRole('progressbar', { name: 'Re-analysis progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '1200');
    expect(bar).toHaveAttribute('aria-valuemax', '5000');
    expect(screen.getByText(/1,200 of 5,000 items/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-analyse now' })).toBeDisabled();
    expect(await screen.findByText(/4,000 of 5,000 items/)).toBeInTheDocument();
    expect(
      await screen.findByText(/Nothing is running\. The last re-analysis finished/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-analyse now' })).toBeEnabled();
  });

  it('starts a re-analysis by hand and follows it to the end', async () => {
    renderAnalysis([
      jobs([finished]),
      models([]),
      {
        request: {
          query: StartReanalysisDocument,
          variables: { input: { reason: 'Started by hand in Settings' } },
        },
        result: {
          data: {
            startReanalysis: aJob('job-2', 'QUEUED', 0, 5000, {
              reason: 'Started by hand in Settings',
            }),
          },
        },
      },
      jobs([aJob('job-2', 'QUEUED', 0, 5000, { reason: 'Started by hand in Settings' }), finished]),
      jobs(
        [aJob('job-2', 'DONE', 5000, 5000, { reason: 'Started by hand in Settings' }), finished],
        Number.POSITIVE_INFINITY,
      ),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Re-analyse now' }));
    // Queued, then polled until done.
    const row = (
      await screen.findByRole('rowheader', { name: 'Started by hand in Settings' })
    ).closest('tr');
    await waitFor(() => expect(row).toHaveTextContent('Finished5,000 / 5,000'));
    expect(
      screen.getByText(/Nothing is running\. The last re-analysis finished/),
    ).toBeInTheDocument();
  });

  it('states the theme model’s measured quality plainly, and how it compares', async () => {
    renderAnalysis([
      jobs([finished]),
      models([
        aModel('m2', 'themes-2026-11-20', {
          active: true,
          quality: { heldOut: 48, accuracy: 0.8125, macroF1: 0.74 },
        }),
        aModel('m1', 'themes-2026-10-01'),
        aModel('s1', 'sentiment-1', { kind: 'SENTIMENT' }),
      ]),
    ]);
    expect(await screen.findByText(/In use:/)).toHaveTextContent(
      'In use: themes-2026-11-20, trained 20 Nov 2026',
    );
    expect(
      screen.getByText(
        /Tested on 48 labelled examples it had not seen: 81% got the right theme. Macro-F1 0.74/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Up from 0.70 for the previous model.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Theme models, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('trains a new theme model and says it is in use', async () => {
    const trained = aModel('m3', 'themes-new', { active: true, exampleCount: 140 });
    renderAnalysis([
      jobs([finished]),
      models([]),
      {
        request: { query: TrainThemeModelDocument, variables: { input: { activate: true } } },
        result: { data: { trainThemeModel: trained } },
      },
      models([trained], Number.POSITIVE_INFINITY),
      jobs([finished], Number.POSITIVE_INFINITY),
    ]);
    expect(await screen.findByText(/No theme model is trained yet/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Train a new theme model' }));
    expect(
      await screen.findByText(/Trained themes-new on 140 examples. It is in use now/),
    ).toBeInTheDocument();
    expect(screen.getByText(/In use:/)).toHaveTextContent('themes-new');
  });

  it('trains the warning-sign model from the verdicts and says it is in use', async () => {
    const trained = aModel('m9', 'signs-1a2b', { kind: 'SIGN', active: true, exampleCount: 12 });
    renderAnalysis([
      jobs([finished]),
      models([]),
      {
        request: { query: TrainSignModelDocument, variables: { input: { activate: true } } },
        result: { data: { trainSignModel: trained } },
      },
      models([trained], Number.POSITIVE_INFINITY),
      jobs([finished], Number.POSITIVE_INFINITY),
    ]);
    const card = await screen.findByRole('region', { name: 'Warning-sign model' });
    expect(await within(card).findByText(/Using the built-in model/)).toBeInTheDocument();
    await userEvent
      .setup()
      .click(within(card).getByRole('button', { name: 'Train from verdicts' }));
    expect(
      await within(card).findByText(/Trained signs-1a2b with 12 reviewed quotes. It is in use now/),
    ).toBeInTheDocument();
    expect(within(card).getByText(/^Using signs-1a2b/)).toBeInTheDocument();
  });

  it('says a model trained with an older feature set is not used and must be retrained', async () => {
    renderAnalysis([
      jobs([finished]),
      models([
        aModel('s2', 'signs-old', { kind: 'SIGN', active: true, featureSetOutdated: true }),
        aModel('m2', 'themes-old', { active: true, featureSetOutdated: true }),
        aModel('m1', 'themes-current'),
      ]),
    ]);
    const signs = await screen.findByRole('region', { name: 'Warning-sign model' });
    expect(
      await within(signs).findByText('Trained with an older feature set — retrain'),
    ).toBeInTheDocument();
    expect(within(signs).getByText(/the built-in model flags warning signs/)).toHaveTextContent(
      'signs-old (trained 20 Nov 2026',
    );
    expect(within(signs).queryByText(/^Using signs-old/)).not.toBeInTheDocument();
    const themes = screen.getByRole('region', { name: 'Theme model' });
    expect(within(themes).getByText(/Chosen:/)).toHaveTextContent('themes-old');
    expect(
      within(themes).getByText(/themes are found by their keywords alone/),
    ).toBeInTheDocument();
    const table = within(themes).getByRole('table', { name: 'Theme models, newest first' });
    const [, outdated, current] = within(table).getAllByRole('row');
    expect(outdated).toHaveTextContent('themes-old !Trained with an older feature set — retrain');
    expect(outdated).not.toHaveTextContent('In use');
    expect(current).not.toHaveTextContent('older feature set');
  });

  it('explains a training the API refused', async () => {
    renderAnalysis([
      jobs([finished]),
      models([]),
      {
        request: { query: TrainThemeModelDocument, variables: { input: { activate: true } } },
        result: apiError('BAD_USER_INPUT', 'Invalid input: at least two themes need examples.'),
      },
    ]);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Train a new theme model' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Invalid input: at least two themes need examples.',
    );
  });
});
