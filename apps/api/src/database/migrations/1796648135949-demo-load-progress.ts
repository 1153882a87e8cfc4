import type { MigrationInterface, QueryRunner } from 'typeorm';

// The first start stores the demo organisation, answers, and loads the demo's items in the
// background; this one row is that load's progress, which the dashboard shows (demoLoadProgress).

export class DemoLoadProgress1796648135949 implements MigrationInterface {
  name = 'DemoLoadProgress1796648135949';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "demo_load" ("id" smallint NOT NULL, "loaded" integer NOT NULL, "total" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "failure" text, CONSTRAINT "demo_load_single_row" CHECK ("id" = 1), CONSTRAINT "demo_load_pkey" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demo_load"`);
  }
}
