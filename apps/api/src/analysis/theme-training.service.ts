import type { ThemeExample } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidField } from '../common/domain-error';
import { AnalysisModel } from './analysis-model.entity';
import { ModelKind } from './analysis.enums';
import { ModelStore } from './model-store';
import { ReanalysisService } from './reanalysis.service';
import { trainInWorker } from './training-task';

const MIN_THEMES = 2;
const MIN_EXAMPLES_PER_THEME = 3;
const MAX_EXAMPLES = 50_000;

/**
 * Trains the theme model from the themes' labelled examples and from people's corrections,
 * off the event loop, and stores it (ModelStore), active on request.
 */
@Injectable()
export class ThemeTrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reanalysis: ReanalysisService,
    private readonly store: ModelStore,
  ) {}

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
    const trained = await trainInWorker({ kind: 'theme', examples, themes });
    return this.store.save(ModelKind.THEME, trained, examples.length, activate);
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
