// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796647366732 } from './1796647366732-baseline';
import { AbandonedActionEndDay1796647400000 } from './1796647400000-abandoned-action-end-day';
import { DemoLoadProgress1796648135949 } from './1796648135949-demo-load-progress';
import { FlagCorrections1796649344037 } from './1796649344037-flag-corrections';
import { SearchWordsIndex1796659920759 } from './1796659920759-search-words-index';
import { SetBasedFactRows1796662000000 } from './1796662000000-set-based-fact-rows';

export const MIGRATIONS = [
  Baseline1796647366732,
  AbandonedActionEndDay1796647400000,
  DemoLoadProgress1796648135949,
  FlagCorrections1796649344037,
  SearchWordsIndex1796659920759,
  SetBasedFactRows1796662000000,
];
