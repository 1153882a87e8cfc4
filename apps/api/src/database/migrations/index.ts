import { InitialSchema1795373968051 } from './1795373968051-initial-schema';

// Every migration, oldest first. Listed explicitly (no glob) so the compiled app, the TypeORM
// CLI and the TypeScript tests load the same set.
export const MIGRATIONS = [InitialSchema1795373968051];
