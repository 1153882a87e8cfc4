import type { FeatureSpaceOptions } from '../linear/feature-space';
import type { ClassifierTrainingOptions } from '../linear/text-classifier';

export interface TrainingOptions {
  /** Recorded with the model and in every analysis it makes; by default a hash of the trained model. */
  version?: string;
  features?: Partial<FeatureSpaceOptions>;
  training?: Partial<ClassifierTrainingOptions>;
}
