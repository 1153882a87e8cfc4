// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796681000000 } from './1796681000000-baseline';

export const MIGRATIONS = [Baseline1796681000000];
