import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Analysis, Analyzer, Flag } from '@fulcrum/analysis';
import type { DataSource } from 'typeorm';
import { AnalysisPool, type AnalyzerJob } from './analysis-pool';
import type { AnalysisInput } from './analysis-task';
import { ModelKind } from './analysis.enums';
import { type AnalyzerConfiguration, analyzerFrom } from './analyzer-configuration';
import { analysingDistinctInputs } from './distinct-inputs';
import { featureSetOutdated } from './model-feature-set';

/** How long a replica trusts its analyzer before checking whether the configuration changed. */
const STALE_AFTER_MS = 5_000;

// One query tells whether themes, policies or the active models changed since the last build.
const CONFIGURATION_STAMP = `
  SELECT concat_ws('|',
    (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM themes),
    (SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM policies),
    (SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM analysis_models WHERE active)
  ) AS stamp`;

function unavailableAnalyzer(reason: string): Analyzer {
  return {
    modelVersion: 'unavailable',
    analyze: () => {
      throw new Error(`Analysis is unavailable: ${reason}`);
    },
    flags: () => {
      throw new Error(`Analysis is unavailable: ${reason}`);
    },
  };
}

export interface OrganisationAnalyzer {
  /** What analyses are stored as having been made by (item_analyses.model_version). */
  modelVersion: string;
  /** Theme ids by the names the analyzer reports. */
  themeIds: Map<string, string>;
  /**
   * Analyses texts (in worker threads when there are any); a text that fails has an Error in its
   * place, so a failure never loses the item it belongs to.
   */
  analyseAll(inputs: readonly AnalysisInput[]): Promise<(Analysis | Error)[]>;
  /** The warning signs and cues of staff-written texts, or an Error, in order. */
  flagsAll(inputs: readonly AnalysisInput[]): Promise<(Flag[] | Error)[]>;
}

/**
 * The analyzer for the organisation's current taxonomy, policies and active models. Built once
 * and reused (analysis is then a pure call, in-process or in worker threads that cache the same
 * configuration by its stamp); rebuilt when the configuration changes here, and noticed within
 * seconds when another replica changed it. With worker threads, only they build it: a rebuild
 * never holds the API's event loop.
 */
@Injectable()
export class AnalyzerService {
  private readonly logger = new Logger(AnalyzerService.name);
  private current: { built: OrganisationAnalyzer; stamp: string; checkedAt: number } | undefined;
  private building: Promise<OrganisationAnalyzer> | undefined;
  private readonly forBulk = new WeakMap<OrganisationAnalyzer, OrganisationAnalyzer>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pool: AnalysisPool,
  ) {}

  async get(): Promise<OrganisationAnalyzer> {
    if (this.current && Date.now() - this.current.checkedAt < STALE_AFTER_MS)
      return this.current.built;
    this.building ??= this.refresh().finally(() => (this.building = undefined));
    return this.building;
  }

  /**
   * The analyzer for bulk loads (CSV imports, `fulcrum import`): each distinct input analysed
   * once (distinct-inputs.ts), remembered across the loads that use the same built analyzer, so
   * a file sent in parts shares its canned replies too; a new configuration starts afresh.
   */
  async getForBulkLoads(): Promise<OrganisationAnalyzer> {
    const built = await this.get();
    let distinct = this.forBulk.get(built);
    if (!distinct) {
      distinct = analysingDistinctInputs(built);
      this.forBulk.set(built, distinct);
    }
    return distinct;
  }

  /** Forget the cached analyzer: the next analysis rebuilds it from the database. */
  invalidate(): void {
    this.current = undefined;
  }

  private async refresh(): Promise<OrganisationAnalyzer> {
    const [{ stamp }] = await this.dataSource.query<{ stamp: string }[]>(CONFIGURATION_STAMP);
    if (this.current && this.current.stamp === stamp) {
      this.current.checkedAt = Date.now();
      return this.current.built;
    }
    let built: OrganisationAnalyzer;
    try {
      built = await this.build(stamp);
      this.logger.log(`Analyzer ready: ${built.modelVersion}`);
    } catch (error) {
      // A configuration the library rejects must not stop intake: items are stored with a
      // failed analysis and retried once the configuration is fixed.
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.error(`The analyzer cannot be built: ${reason}`);
      built = this.organisationAnalyzer(
        { version: stamp, configuration: undefined, analyzer: unavailableAnalyzer(reason) },
        'unavailable',
        new Map(),
      );
    }
    this.current = { built, stamp, checkedAt: Date.now() };
    return built;
  }

  private async build(stamp: string): Promise<OrganisationAnalyzer> {
    const [themes, policies, models] = await Promise.all([
      this.dataSource.query<{ id: string; name: string; keywords: string[] }[]>(
        'SELECT id, name, keywords FROM themes',
      ),
      this.dataSource.query<{ id: string; name: string; aliases: string[] }[]>(
        'SELECT id, name, aliases FROM policies',
      ),
      this.dataSource.query<{ kind: ModelKind; model: unknown; featureVersion: number | null }[]>(
        `SELECT kind, model, (model->>'featureVersion')::int AS "featureVersion"
           FROM analysis_models WHERE active`,
      ),
    ]);
    const modelOf = (kind: ModelKind) => models.find((model) => model.kind === kind)?.model;
    const configuration: AnalyzerConfiguration = {
      themes: themes.map(({ name, keywords }) => ({ name, keywords })),
      policies: policies.map(({ id, name, aliases }) => ({ id, name, aliases })),
      themeModel: modelOf(ModelKind.THEME),
      sentimentModel: modelOf(ModelKind.SENTIMENT),
      signModel: modelOf(ModelKind.SIGN),
    };
    const themeIds = new Map(themes.map((theme) => [theme.name, theme.id]));
    // Told here, on the API's thread, in either mode: worker threads have no logger.
    for (const model of models)
      if (featureSetOutdated(model))
        this.logger.warn(
          `The active ${model.kind} model is not used: it was trained on an older feature set; retrain it`,
        );
    // The stamp changes whenever the configuration does: worker threads cache by it.
    if (this.pool.threaded) {
      const job = { version: stamp, configuration };
      return this.organisationAnalyzer(job, await this.pool.prepare(job), themeIds);
    }
    const analyzer = analyzerFrom(configuration);
    return this.organisationAnalyzer(
      { version: stamp, configuration, analyzer },
      analyzer.modelVersion,
      themeIds,
    );
  }

  private organisationAnalyzer(
    job: AnalyzerJob,
    modelVersion: string,
    themeIds: Map<string, string>,
  ): OrganisationAnalyzer {
    return {
      modelVersion,
      themeIds,
      analyseAll: (inputs) => this.pool.analyse(job, inputs),
      flagsAll: (inputs) => this.pool.flags(job, inputs),
    };
  }
}
