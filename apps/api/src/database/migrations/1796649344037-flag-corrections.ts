import type { MigrationInterface, QueryRunner } from 'typeorm';

// Managers confirm or reject warning-sign flags (flag_corrections, kept by re-analysis), and
// those verdicts train a warning-sign model stored beside the theme and sentiment models.

export class FlagCorrections1796649344037 implements MigrationInterface {
  name = 'FlagCorrections1796649344037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."flag_verdict" AS ENUM('confirmed', 'rejected')`);
    await queryRunner.query(
      `CREATE TABLE "flag_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "type" "public"."flag_type" NOT NULL, "verdict" "public"."flag_verdict" NOT NULL, "writer" text NOT NULL, "evidence" text array NOT NULL, "corrected_by_id" uuid, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2705ab56ef7f4ca4c2528af44e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "flag_corrections_item" ON "flag_corrections"  ("item_id", "type", "corrected_at") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."model_kind" ADD VALUE 'sign'`);
    await queryRunner.query(
      `ALTER TABLE "flag_corrections" ADD CONSTRAINT "FK_4d30687dbb8dee8459a206b59cb" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "flag_corrections" ADD CONSTRAINT "FK_bcdf7e58e9c52e08d058a329288" FOREIGN KEY ("corrected_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "flag_corrections" DROP CONSTRAINT "FK_bcdf7e58e9c52e08d058a329288"`,
    );
    await queryRunner.query(
      `ALTER TABLE "flag_corrections" DROP CONSTRAINT "FK_4d30687dbb8dee8459a206b59cb"`,
    );
    // A sign model has no place in the old type: it goes with the verdicts that trained it.
    await queryRunner.query(`DELETE FROM "analysis_models" WHERE "kind" = 'sign'`);
    await queryRunner.query(`CREATE TYPE "public"."model_kind_old" AS ENUM('theme', 'sentiment')`);
    await queryRunner.query(
      `ALTER TABLE "analysis_models" ALTER COLUMN "kind" TYPE "public"."model_kind_old" USING "kind"::"text"::"public"."model_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."model_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."model_kind_old" RENAME TO "model_kind"`);
    await queryRunner.query(`DROP INDEX "public"."flag_corrections_item"`);
    await queryRunner.query(`DROP TABLE "flag_corrections"`);
    await queryRunner.query(`DROP TYPE "public"."flag_verdict"`);
  }
}
