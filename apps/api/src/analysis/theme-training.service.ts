import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ThemeDefinition, ThemeExample } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidField, notFound } from '../common/domain-error';
import { AnalysisModel } from './analysis-model.entity';
import { ModelKind } from './analysis.enums';
import { ReanalysisService } from './reanalysis.service';
import type { TrainedThemeModel } from './train-measured';

const MIN_THEMES = 2;
const MIN_EXAMPLES_PER_THEME = 3;
const MAX_EXAMPLES = 50_000;

/**
 * Trains the theme model from the themes' labelled examples and from people's corrections,
 * off the event loop, stores it (versioned), and makes it the active one on request.
 */
@Injectable()
export class ThemeTrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reanalysis: ReanalysisService,
  ) {}

  models(): Promise<AnalysisModel[]> {
    return this.dataSource.getRepository(AnalysisModel).find({
      select: {
        id: true,
        kind: true,
        version: true,
        active: true,
        exampleCount: true,
        metrics: true,
        trainedAt: true,
      },
      order: { trainedAt: 'DESC' },
      take: 50,
    });
  }

  /** Makes a stored model the active one of its kind, and re-analyses history with it. */
  async activate(id: string): Promise<AnalysisModel> {
    const model = await this.dataSource.transaction(async (manager) => {
      const chosen = await manager.findOneBy(AnalysisModel, { id });
      if (!chosen) throw notFound('Model', id);
      if (!chosen.active) {
        await manager.update(AnalysisModel, { kind: chosen.kind, active: true }, { active: false });
        await manager.update(AnalysisModel, { id }, { active: true });
        chosen.active = true;
      }
      return chosen;
    });
    await this.reanalysis.configurationChanged(`${model.kind} model ${model.version} activated`);
    return model;
  }

  /** Back to keyword-only themes: no theme model is active. */
  async deactivateThemeModel(): Promise<void> {
    await this.dataSource
      .getRepository(AnalysisModel)
      .update({ kind: ModelKind.THEME, active: true }, { active: false });
    await this.reanalysis.configurationChanged('theme model switched off');
  }

  async train(activate: boolean): Promise<AnalysisModel> {
    const examples = await this.examples();
    const perTheme = new Map<string, number>();
    for (const example of examples)
      for (const theme of example.themes) perTheme.set(theme, (perTheme.get(theme) ?? 0) + 1);
    const usable = [...perTheme.values()].filter((count) => count >= MIN_EXAMPLES_PER_THEME).length;
    if (usable < MIN_THEMES) {
      throw invalidField(
        'examples',
        'enoughExamples',
        `training needs at least ${MIN_EXAMPLES_PER_THEME} examples for each of ${MIN_THEMES} themes (add examples to themes or correct items' themes)`,
      );
    }
    const themes = await this.dataSource.query<{ name: string; keywords: string[] }[]>(
      'SELECT name, keywords FROM themes',
    );
    const result = await trainInWorker(examples, themes);
    // The same examples train the same model (its version is a hash of it): keep one copy.
    const repository = this.dataSource.getRepository(AnalysisModel);
    const saved =
      (await repository.findOneBy({ version: result.version })) ??
      (await repository.save(
        repository.create({
          kind: ModelKind.THEME,
          version: result.version,
          active: false,
          exampleCount: examples.length,
          metrics: result.quality ? { ...result.quality } : null,
          model: result.model,
        }),
      ));
    return activate ? this.activate(saved.id) : saved;
  }

  /** Theme examples, and each corrected item's latest correction (an empty one teaches "no theme"). */
  private async examples(): Promise<ThemeExample[]> {
    const rows = await this.dataSource.query<{ text: string; themes: string[] }[]>(
      `SELECT e.text, ARRAY[t.name] AS themes FROM theme_examples e JOIN themes t ON t.id = e.theme_id
       UNION ALL
       SELECT i.text, coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM themes t WHERE t.id = ANY(c.theme_ids)), '{}')
         FROM (SELECT DISTINCT ON (item_id) item_id, theme_ids FROM theme_corrections ORDER BY item_id, corrected_at DESC) c
         JOIN items i ON i.id = c.item_id
       LIMIT ${MAX_EXAMPLES}`,
    );
    return rows;
  }
}

function trainInWorker(
  examples: ThemeExample[],
  themes: ThemeDefinition[],
): Promise<TrainedThemeModel> {
  const extension = extname(__filename);
  const worker = new Worker(join(__dirname, `theme-training.thread${extension}`), {
    workerData: { examples, themes },
    // From TypeScript sources (tests, development) the worker needs a TypeScript loader.
    execArgv: extension === '.ts' ? ['--require', 'tsx/cjs'] : [],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: TrainedThemeModel) => resolve(result));
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`theme training stopped with code ${code}`)),
    );
  });
}
