// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796658574973 } from './1796658574973-baseline';
import { CheaperInsightRefresh1796670000000 } from './1796670000000-cheaper-insight-refresh';

export const MIGRATIONS = [Baseline1796658574973, CheaperInsightRefresh1796670000000];
