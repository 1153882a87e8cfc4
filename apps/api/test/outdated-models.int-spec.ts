import { Logger } from '@nestjs/common';
import { defaultSignModel } from '@fulcrum/analysis';
import { DataSource } from 'typeorm';
import { AnalysisModel } from '../src/analysis/analysis-model.entity';
import { ModelKind } from '../src/analysis/analysis.enums';
import { Role } from '../src/auth/role.enum';
import { anItem, SUBMIT_ITEM } from './support/factories';
import { type Caller, startTestApp, type TestApp } from './support/test-app';

const MODELS = '{ analysisModels { id version kind active featureSetOutdated } }';
const MODEL_VERSION = `query ($id: ID!) { item(id: $id) { analysis { modelVersion } } }`;

interface ListedModel {
  id: string;
  version: string;
  kind: string;
  active: boolean;
  featureSetOutdated: boolean;
}

describe('a stored model trained on an older feature set', () => {
  let api: TestApp;
  let manager: Caller;
  let stored: AnalysisModel;

  beforeAll(async () => {
    api = await startTestApp();
    manager = await api.as(Role.MANAGER);
    // As a sign model trained before the features changed was stored: complete weights, no stamp.
    const { featureVersion: _stamp, ...unstamped } = defaultSignModel().toJson();
    stored = await api.app
      .get(DataSource)
      .getRepository(AnalysisModel)
      .save({
        kind: ModelKind.SIGN,
        version: 'signs-before-feature-stamps',
        active: true,
        exampleCount: 12,
        metrics: null,
        model: { ...unstamped, version: 'signs-before-feature-stamps' },
      });
  }, 120_000);
  afterAll(() => api.close());

  it('is not used: analysis falls back to the built-in sign model, and the log says so', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const submitted = await api.graphql<{ submitItem: { item: { id: string } } }>(
      SUBMIT_ITEM,
      { input: anItem({ text: 'Your agent was rude and hung up on me.' }) },
      manager,
    );
    expect(submitted.errors).toBeUndefined();
    const item = await api.graphql<{ item: { analysis: { modelVersion: string } } }>(
      MODEL_VERSION,
      { id: submitted.data!.submitItem.item.id },
      manager,
    );
    const modelVersion = item.data!.item.analysis.modelVersion;
    expect(modelVersion).toContain('signs:built-in');
    expect(modelVersion).not.toContain('signs-before-feature-stamps');
    // Whether the analysis ran on the API's thread or in the worker threads.
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'The active sign model is not used: it was trained on an older feature set',
      ),
    );
    warn.mockRestore();
  }, 120_000);

  it('is listed as trained with an older feature set, and cannot be activated again', async () => {
    const listed = await api.graphql<{ analysisModels: ListedModel[] }>(MODELS, {}, manager);
    expect(listed.data!.analysisModels).toEqual([
      {
        id: stored.id,
        version: 'signs-before-feature-stamps',
        kind: 'SIGN',
        active: true,
        featureSetOutdated: true,
      },
    ]);
    const activated = await api.graphql(
      'mutation ($input: IdInput!) { activateAnalysisModel(input: $input) { id } }',
      { input: { id: stored.id } },
      manager,
    );
    expect(activated.errors![0].message).toContain(
      'id: the model was trained with an older feature set and is not used; retrain it',
    );
  });
});
