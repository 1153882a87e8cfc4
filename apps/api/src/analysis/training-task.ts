import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  trainSignModel,
  type SignTrainingExample,
  type ThemeDefinition,
  type ThemeExample,
} from '@fulcrum/analysis';
import { trainMeasured, type TrainedModel } from './train-measured';

/** What a training thread is asked to train. */
export type TrainingTask =
  | { kind: 'theme'; examples: ThemeExample[]; themes: ThemeDefinition[] }
  | { kind: 'sign'; examples: SignTrainingExample[] };

export function runTraining(task: TrainingTask): TrainedModel {
  switch (task.kind) {
    case 'theme':
      return trainMeasured(task.examples, task.themes);
    case 'sign': {
      const model = trainSignModel(task.examples);
      return { model: model.toJson(), version: model.version, quality: null };
    }
  }
}

/** Trains off the event loop, in a worker thread of its own. */
export function trainInWorker(task: TrainingTask): Promise<TrainedModel> {
  const extension = extname(__filename);
  const worker = new Worker(join(__dirname, `training.thread${extension}`), {
    workerData: task,
    // From TypeScript sources (tests, development) the worker needs a TypeScript loader.
    execArgv: extension === '.ts' ? ['--require', 'tsx/cjs'] : [],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: TrainedModel) => resolve(result));
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`${task.kind} training stopped with code ${code}`)),
    );
  });
}
