import type { MigrationInterface, QueryRunner } from 'typeorm';

// The duration histograms are read as JSON arrays. Converting smallint[] and integer[] to JSON at
// every read cost PostgreSQL about 10 ms per Bottlenecks metric at 1,000,000 items (one output
// call per element); stored generated copies are sent as they are. array_to_json is STABLE in
// general, but for integer arrays its result depends on nothing else, hence the IMMUTABLE wrapper
// a generated column needs.

export class InsightDurationsJson1795383000000 implements MigrationInterface {
  name = 'InsightDurationsJson1795383000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION insight_int_array_json(anyarray) RETURNS json
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT array_to_json($1)'`,
    );
    await queryRunner.query(
      `ALTER TABLE "insight_durations"
         ADD COLUMN "buckets_json" json GENERATED ALWAYS AS (insight_int_array_json("buckets")) STORED,
         ADD COLUMN "counts_json" json GENERATED ALWAYS AS (insight_int_array_json("counts")) STORED`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "insight_durations" DROP COLUMN "buckets_json", DROP COLUMN "counts_json"`,
    );
    await queryRunner.query(`DROP FUNCTION insight_int_array_json(anyarray)`);
  }
}
