// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796658574973 } from './1796658574973-baseline';
import { SearchWordsIndex1796659920759 } from './1796659920759-search-words-index';
import { SetBasedFactRows1796662000000 } from './1796662000000-set-based-fact-rows';

export const MIGRATIONS = [
  Baseline1796658574973,
  SearchWordsIndex1796659920759,
  SetBasedFactRows1796662000000,
];
