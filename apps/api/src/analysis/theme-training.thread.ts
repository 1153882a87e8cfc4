// Runs in a worker thread: training is CPU-bound for seconds, and must not stall the API.
import { parentPort, workerData } from 'node:worker_threads';
import { type ThemeExample, trainThemeModel } from '@fulcrum/analysis';
import { measureThemeModel, splitForMeasuring } from './theme-model-quality';

const { examples } = workerData as { examples: ThemeExample[] };
const split = splitForMeasuring(examples);
const quality = split ? measureThemeModel(trainThemeModel(split.training), split.heldOut) : null;
const model = trainThemeModel(examples);
parentPort?.postMessage({ model: model.toJson(), version: model.version, quality });
