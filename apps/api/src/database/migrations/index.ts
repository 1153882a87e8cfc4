import { InitialSchema1795373968051 } from './1795373968051-initial-schema';
import { TextAnalysis1795376328442 } from './1795376328442-text-analysis';
import { InsightAggregates1795377100000 } from './1795377100000-insight-aggregates';
import { InsightAggregatesV21795379000000 } from './1795379000000-insight-aggregates-v2';
import { InsightBulkLoad1795380000000 } from './1795380000000-insight-bulk-load';
import { InsightRefreshQueue1795381000000 } from './1795381000000-insight-refresh-queue';
import { ReviewNotes1795382000000 } from './1795382000000-review-notes';
import { InsightDurationsJson1795383000000 } from './1795383000000-insight-durations-json';
import { SignInSessions1795384512000 } from './1795384512000-sign-in-sessions';
import { AccessScope1795385400000 } from './1795385400000-access-scope';
import { AnonymousDayOnly1795386420000 } from './1795386420000-anonymous-day-only';
import { SearchTrigramIndexes1795417200000 } from './1795417200000-search-trigram-indexes';
import { FlagCorrections1796649344037 } from './1796649344037-flag-corrections';

// Every migration, oldest first. Listed explicitly (no glob) so the compiled app, the TypeORM
// CLI and the TypeScript tests load the same set.
export const MIGRATIONS = [
  InitialSchema1795373968051,
  TextAnalysis1795376328442,
  InsightAggregates1795377100000,
  InsightAggregatesV21795379000000,
  InsightBulkLoad1795380000000,
  InsightRefreshQueue1795381000000,
  ReviewNotes1795382000000,
  InsightDurationsJson1795383000000,
  SignInSessions1795384512000,
  AccessScope1795385400000,
  AnonymousDayOnly1795386420000,
  SearchTrigramIndexes1795417200000,
  FlagCorrections1796649344037,
];
