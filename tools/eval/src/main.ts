import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { resolve } from 'node:path';
import {
  loadAirlineTweets,
  loadBanking77,
  loadMams,
  missingDataFiles,
  type LabelledText,
} from './datasets';
import { renderEvaluationDocument, replaceSections } from './evaluation-report';
import { evaluateAspects } from './evaluations/aspects';
import { evaluateForecasts } from './evaluations/forecast';
import { evaluateMasking } from './evaluations/masking';
import { evaluateSentiment } from './evaluations/sentiment';
import { evaluateThemeClassification, THEME_COLUMNS } from './evaluations/theme-classification';
import { secondsSince } from './evaluations/timing';
import { evaluateWarningSigns } from './evaluations/warning-signs';
import {
  evaluateLabelledSentiment,
  evaluateLabelledSigns,
  evaluateLanguages,
} from './evaluations/labelled-signs';
import { evaluateOutOfDomain } from './evaluations/out-of-domain';
import { loadPiiSnippets } from './pii-snippets';
import { renderConsoleTable, type Table } from './report';

const REPOSITORY = resolve(__dirname, '../../..');
const DATA_DIR = process.env.FULCRUM_DATA_DIR ?? resolve(REPOSITORY, '../shared/data');
const OUTPUT = resolve(REPOSITORY, 'docs/evaluation.md');
const FOLDS = Number(process.env.EVAL_FOLDS ?? 5);
const RELIABLE_REASON = 0.66;
// `--only=signs,language` runs some evaluations (sentiment, themes, aspects, proxies, signs,
// labelled-sentiment, language, out-of-domain, masking, forecast), prints them and rewrites only their
// sections of the document.
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => ONLY === undefined || ONLY.includes(name);
// "Can't Tell" is the annotators' "no reason given", not a theme.
const NOT_A_REASON = "Can't Tell";

function step<T>(name: string, work: () => T): T | undefined {
  if (!wanted(name)) return undefined;
  const started = process.hrtime.bigint();
  process.stderr.write(`${name}…`);
  const result = work();
  process.stderr.write(` ${secondsSince(started).toFixed(0)} s\n`);
  return result;
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  // The masking snippets ship with the repository, so this part runs without the public data.
  const masking =
    step('masking', () =>
      evaluateMasking(loadPiiSnippets('labelled'), loadPiiSnippets('heldout')),
    ) ?? [];
  const missing = missingDataFiles(DATA_DIR);
  if (missing.length > 0) {
    for (const table of masking) console.log(`\n${renderConsoleTable(table)}`);
    console.log(
      `\nLabelled data not found in ${DATA_DIR} (missing ${missing.join(', ')}); the rest is not evaluated and ${OUTPUT} is left as it is.`,
    );
    return;
  }
  const tweets = loadAirlineTweets(DATA_DIR);
  const banking = loadBanking77(DATA_DIR);
  const mamsTrain = loadMams(DATA_DIR, 'train');
  const mamsValidation = loadMams(DATA_DIR, 'validation');
  const reasons: LabelledText[] = tweets.flatMap((tweet) =>
    tweet.reason !== undefined &&
    tweet.reason !== NOT_A_REASON &&
    tweet.reasonConfidence >= RELIABLE_REASON
      ? [{ text: tweet.text, label: tweet.reason }]
      : [],
  );

  const tables: Table[] = [
    step('sentiment', () => evaluateSentiment(tweets, FOLDS)),
    step('labelled-sentiment', () => evaluateLabelledSentiment()),
    step('themes', () => ({
      title: 'Themes learned from labelled examples',
      intro: `${FOLDS}-fold cross-validation. Accuracy and macro-F1 take each model's best theme; "tagged" is the share of texts the analyzer tags at its default threshold (the rest stay untagged) and "accuracy when tagged" the share of those tags that are right.`,
      columns: THEME_COLUMNS,
      rows: [
        ...evaluateThemeClassification(
          `BANKING77 (77 intents, ${banking.length.toLocaleString('en-GB')} texts)`,
          banking,
          FOLDS,
        ),
        ...evaluateThemeClassification(
          `Airline negative reasons (${new Set(reasons.map((reason) => reason.label)).size} reasons, ${reasons.length.toLocaleString('en-GB')} texts)`,
          reasons,
          FOLDS,
        ),
      ],
      notes: [
        `Airline reasons: only tweets whose reason has confidence ≥ ${RELIABLE_REASON}, without "${NOT_A_REASON}".`,
        "ECE: expected calibration error of the best theme's probability (0 = probability equals accuracy).",
        'natural\'s BayesClassifier falls below the most-common-label baseline on the airline reasons: it predicts the rarest reasons (most of all "Damaged Luggage") for most tweets.',
      ],
    })),
    step('out-of-domain', () => evaluateOutOfDomain(banking, tweets)),
    step('language', () => evaluateLanguages(tweets)),
    step('aspects', () => evaluateAspects(mamsTrain, mamsValidation)),
    ...(step('signs', () => evaluateLabelledSigns()) ?? []),
    ...(step('proxies', () => evaluateWarningSigns(tweets, [...mamsTrain, ...mamsValidation])) ??
      []),
    step('forecast', () => evaluateForecasts(tweets)),
    ...masking,
  ].filter((table): table is Table => table !== undefined);
  const seconds = secondsSince(started);
  for (const table of tables) console.log(`\n${renderConsoleTable(table)}`);
  // Formatted as the repository's Markdown is, so the format check passes after a run.
  const markdown =
    ONLY === undefined
      ? renderEvaluationDocument(tables, { date: new Date(), seconds, folds: FOLDS })
      : replaceSections(readFileSync(OUTPUT, 'utf8'), tables, new Date());
  const options = (await resolveConfig(OUTPUT)) ?? {};
  writeFileSync(OUTPUT, await format(markdown, { ...options, filepath: OUTPUT }));
  console.log(`\nWrote ${OUTPUT} (${seconds.toFixed(0)} s).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
