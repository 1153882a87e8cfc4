import { availableParallelism } from 'node:os';
import { generateDemoData } from '@fulcrum/demo-data';
import { type DataSource, IsNull } from 'typeorm';
import { AnalysisPool } from '../analysis/analysis-pool';
import { AnalyzerService } from '../analysis/analyzer.service';
import { logUnexpected } from '../common/unexpected-errors';
import { DemoLoad } from './demo-load.entity';
import { DemoLoader, type LoadProgress } from './demo-loader';

const DEMO_BATCH = 4_000;

const INTERRUPTED =
  'The server stopped before the demo finished loading; `npm run seed` loads it again';

export interface SeedOptions {
  items: number;
  password: string;
  seed?: number;
  /** The generator's present (default: now); tests pin it to know the stories' dates. */
  now?: Date;
  /** Inject the documented stories (default true); false gives a steady organisation. */
  stories?: boolean;
  /** Empty the demo tables first (a reload); otherwise only an empty database is seeded. */
  replace: boolean;
  /**
   * Return once the organisation is stored (people can sign in) and load the items in the
   * background, with progress in the demo_load row (demoLoadProgress). Default: on a first start
   * (`replace` off); a reload waits for everything.
   */
  itemsInBackground?: boolean;
  log: (line: string) => void;
}

export interface DemoSeeding {
  /** False when the database already had data and `replace` was off: nothing was loaded. */
  seeded: boolean;
  /** Settles when the items are stored (at once unless they load in the background). */
  itemsLoaded: Promise<void>;
}

/**
 * Loads the demo organisation (see tools/demo-data/README.md for its stories), dated up to now.
 * Loads nothing when the database already has data and `replace` is off.
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: SeedOptions,
): Promise<DemoSeeding> {
  const [{ present }] = await dataSource.query<{ present: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM items) OR EXISTS (SELECT 1 FROM teams) AS present',
  );
  if (present && !options.replace) {
    // A background load the last run did not finish will not resume: say so, not "loading".
    await dataSource
      .getRepository(DemoLoad)
      .update({ id: 1, finishedAt: IsNull(), failure: IsNull() }, { failure: INTERRUPTED });
    return { seeded: false, itemsLoaded: Promise.resolve() };
  }
  const loader = new DemoLoader(dataSource.manager);
  if (options.replace) await loader.clear();
  const data = generateDemoData({
    now: options.now ?? new Date(),
    items: options.items,
    seed: options.seed ?? 1,
    stories: options.stories ?? true,
    // Bulk batches: each is one transaction of COPYs and one INSERT … SELECT per table.
    batchSize: DEMO_BATCH,
  });
  const started = Date.now();
  options.log(
    `Loading demo data: ${data.organisation.name}, ${options.items.toLocaleString('en')} items over 24 months…`,
  );
  const ids = await loader.loadOrganisation(data, options.password);
  const background = options.itemsInBackground ?? !options.replace;
  const loads = dataSource.getRepository(DemoLoad);
  if (background)
    await loads.upsert(
      { id: 1, loaded: 0, total: data.itemCount, startedAt: new Date(), finishedAt: null },
      ['id'],
    );
  // Analysis on every core (worker threads), so a background load leaves the API's loop free.
  const pool = new AnalysisPool({ analysisWorkers: availableParallelism() });
  const analyzers = new AnalyzerService(dataSource, pool);
  let reported = 0;
  const progress = async ({ loaded, total }: LoadProgress) => {
    if (background) await loads.update({ id: 1 }, { loaded });
    const tenth = Math.floor((loaded / Math.max(total, 1)) * 10);
    if (tenth > reported) {
      reported = tenth;
      const rate = Math.round(loaded / ((Date.now() - started) / 1000));
      options.log(
        `  ${loaded.toLocaleString('en')} / ${total.toLocaleString('en')} items (${rate.toLocaleString('en')}/s)`,
      );
    }
    if (loaded === total && !background) options.log('  computing the insight aggregates…');
  };
  const loading = loader
    .loadItems(data, ids, () => analyzers.get(), progress, { live: background })
    .finally(() => pool.onModuleDestroy());
  const done = () =>
    options.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (!background) {
    await loading;
    done();
    return { seeded: true, itemsLoaded: Promise.resolve() };
  }
  options.log('  the organisation is ready; its items load in the background');
  const itemsLoaded = loading
    .then(async () => {
      await loads.update({ id: 1 }, { finishedAt: new Date() });
      done();
    })
    .catch(async (error: unknown) => {
      logUnexpected(error, 'Loading the demo items failed');
      const failure = error instanceof Error ? error.message : String(error);
      await loads.update({ id: 1 }, { failure: failure.slice(0, 500) }).catch(() => undefined);
    });
  return { seeded: true, itemsLoaded };
}
