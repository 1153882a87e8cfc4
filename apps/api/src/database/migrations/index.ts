// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796658574973 } from './1796658574973-baseline';
import { LinearInsightFactRows1796671000000 } from './1796671000000-linear-insight-fact-rows';

export const MIGRATIONS = [Baseline1796658574973, LinearInsightFactRows1796671000000];
