import { generateDemoData } from '@fulcrum/demo-data';
import type { DataSource } from 'typeorm';
import { AnalysisPool } from '../analysis/analysis-pool';
import { AnalyzerService } from '../analysis/analyzer.service';
import { DemoLoader } from './demo-loader';

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
  log: (line: string) => void;
}

/**
 * Loads the demo organisation (see tools/demo-data/README.md for its stories), dated up to now.
 * Returns false, loading nothing, when the database already has data and `replace` is off.
 */
export async function seedDemoData(dataSource: DataSource, options: SeedOptions): Promise<boolean> {
  const [{ present }] = await dataSource.query<{ present: boolean }[]>(
    'SELECT EXISTS (SELECT 1 FROM items) OR EXISTS (SELECT 1 FROM teams) AS present',
  );
  if (present && !options.replace) return false;
  const loader = new DemoLoader(dataSource.manager);
  if (options.replace) await loader.clear();
  const data = generateDemoData({
    now: options.now ?? new Date(),
    items: options.items,
    seed: options.seed ?? 1,
    stories: options.stories ?? true,
  });
  const started = Date.now();
  let reported = 0;
  options.log(
    `Loading demo data: ${data.organisation.name}, ${options.items.toLocaleString('en')} items over 24 months…`,
  );
  // The seed is a batch job of its own, with no requests to keep answering: in-process.
  const analyzers = new AnalyzerService(dataSource, new AnalysisPool({ analysisWorkers: 0 }));
  await loader.load(
    data,
    options.password,
    () => analyzers.get(),
    ({ loaded, total }) => {
      const tenth = Math.floor((loaded / Math.max(total, 1)) * 10);
      if (tenth > reported) {
        reported = tenth;
        const rate = Math.round(loaded / ((Date.now() - started) / 1000));
        options.log(
          `  ${loaded.toLocaleString('en')} / ${total.toLocaleString('en')} items (${rate.toLocaleString('en')}/s)`,
        );
      }
      if (loaded === total) options.log('  computing the insight aggregates…');
    },
  );
  options.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
