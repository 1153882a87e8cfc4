import type { MigrationInterface, QueryRunner } from 'typeorm';

// The monthly review's notes and decisions, one row per review period, shared by the team.
// `version` goes up at every save so a stale edit is refused instead of overwriting a colleague's.

export class ReviewNotes1795382000000 implements MigrationInterface {
  name = 'ReviewNotes1795382000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_from" date NOT NULL, "period_to" date NOT NULL, "text" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "review_notes_period_unique" UNIQUE ("period_from", "period_to"), CONSTRAINT "review_notes_period_ordered" CHECK ("period_to" > "period_from"), CONSTRAINT "review_notes_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_notes" DROP CONSTRAINT "review_notes_updated_by_fkey"`,
    );
    await queryRunner.query(`DROP TABLE "review_notes"`);
  }
}
