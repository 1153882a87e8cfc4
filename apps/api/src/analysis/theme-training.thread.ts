// Runs in a worker thread: training is CPU-bound for seconds, and must not stall the API.
import { parentPort, workerData } from 'node:worker_threads';
import type { ThemeDefinition, ThemeExample } from '@fulcrum/analysis';
import { trainMeasured } from './train-measured';

const { examples, themes } = workerData as { examples: ThemeExample[]; themes: ThemeDefinition[] };
parentPort?.postMessage(trainMeasured(examples, themes));
