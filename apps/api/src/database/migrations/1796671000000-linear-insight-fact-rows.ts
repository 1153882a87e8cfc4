import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FACT_ROWS } from './baseline/insight-facts';

// insight_fact_rows without its one quadratic join (found profiling `npm run seed`, issue 14).
//
// The join to item_analyses also said `a.item_id = ANY(wanted)`. That is redundant (b.id comes
// from the wanted items) but the planner puts it into the index condition of a nested loop, so
// each of the n probes re-reads the whole n-element array: n² work. A rebuild reads 20,000 items
// a chunk, so the 20,000-item demo spent 518 s in insight_rebuild() (and a 5,000-item refresh
// batch about 30 s); without it the same rebuild took 49 s on the same busy machine. The rows the
// function returns are the same: the join condition a.item_id = b.id already keeps only them.

const REDUNDANT = ' AND a.item_id = ANY(wanted)';
const orReplace = (sql: string) => sql.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

function withoutRedundantCondition(): string {
  if (!FACT_ROWS.includes(REDUNDANT))
    throw new Error('insight_fact_rows no longer has the condition this migration removes');
  return orReplace(FACT_ROWS.replace(REDUNDANT, ''));
}

export class LinearInsightFactRows1796671000000 implements MigrationInterface {
  name = 'LinearInsightFactRows1796671000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(withoutRedundantCondition());
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(orReplace(FACT_ROWS));
  }
}
