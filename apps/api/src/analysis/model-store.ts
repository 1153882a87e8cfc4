import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../common/domain-error';
import { AnalysisModel } from './analysis-model.entity';
import type { ModelKind } from './analysis.enums';
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
    const saved =
      (await repository.findOneBy({ version: trained.version })) ??
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
    return activate ? this.activate(saved.id) : saved;
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
}
