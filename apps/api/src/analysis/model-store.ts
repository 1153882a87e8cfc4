import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invalidField, notFound } from '../common/domain-error';
import { AnalysisModel } from './analysis-model.entity';
import type { ModelKind } from './analysis.enums';
import { featureSetOutdated } from './model-feature-set';
import { ReanalysisService } from './reanalysis.service';
import type { TrainedModel } from './train-measured';

/** Trained models of every kind: stored by version, at most one active per kind. */
@Injectable()
export class ModelStore {
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
        featureVersion: true,
      },
      order: { trainedAt: 'DESC' },
      take: 50,
    });
  }

  /** Keeps a trained model (the same examples train the same version: one copy) and activates it on request. */
  async save(
    kind: ModelKind,
    trained: TrainedModel,
    exampleCount: number,
    activate: boolean,
  ): Promise<AnalysisModel> {
    const repository = this.dataSource.getRepository(AnalysisModel);
    const found = await repository.findOneBy({ version: trained.version });
    const saved =
      found ??
      (await repository.save(
        repository.create({
          kind,
          version: trained.version,
          active: false,
          exampleCount,
          metrics: trained.quality ? { ...trained.quality } : null,
          model: trained.model,
        }),
      ));
    // The virtual column is read, never written: a new row's stamp is the trained JSON's.
    saved.featureVersion ??= (trained.model as { featureVersion?: number }).featureVersion ?? null;
    return activate ? this.activate(saved.id) : saved;
  }

  /** Makes a stored model the active one of its kind, and re-analyses history with it. */
  async activate(id: string): Promise<AnalysisModel> {
    const model = await this.dataSource.transaction(async (manager) => {
      const chosen = await manager.findOneBy(AnalysisModel, { id });
      if (!chosen) throw notFound('Model', id);
      if (featureSetOutdated(chosen))
        throw invalidField(
          'id',
          'outdated',
          'id: the model was trained with an older feature set and is not used; retrain it',
        );
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
}
