// Every migration, oldest first: the 0.1.0 baseline, then whatever `npm run migration:generate`
// adds. Listed explicitly (no glob) so the compiled app, the TypeORM CLI and the TypeScript tests
// load the same set.
import { Baseline1796658574973 } from './1796658574973-baseline';
import { AttentionOwnersAndEscalationOutcomes1796669786930 } from './1796669786930-attention-owners-and-escalation-outcomes';
import { CheaperInsightRefresh1796670000000 } from './1796670000000-cheaper-insight-refresh';
import { Alerts1796670053406 } from './1796670053406-alerts';
import { ReviewDigests1796670196338 } from './1796670196338-review-digests';
import { LinearInsightFactRows1796671000000 } from './1796671000000-linear-insight-fact-rows';
import { SteadyInsightRefresh1796672431000 } from './1796672431000-steady-insight-refresh';

export const MIGRATIONS = [
  Baseline1796658574973,
  AttentionOwnersAndEscalationOutcomes1796669786930,
  CheaperInsightRefresh1796670000000,
  Alerts1796670053406,
  ReviewDigests1796670196338,
  LinearInsightFactRows1796671000000,
  SteadyInsightRefresh1796672431000,
];
