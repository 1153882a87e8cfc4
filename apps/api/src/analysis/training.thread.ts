// Runs in a worker thread: training is CPU-bound for seconds, and must not stall the API.
import { parentPort, workerData } from 'node:worker_threads';
import { runTraining, type TrainingTask } from './training-task';

parentPort?.postMessage(runTraining(workerData as TrainingTask));
