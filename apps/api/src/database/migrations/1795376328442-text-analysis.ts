import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TextAnalysis1795376328442 implements MigrationInterface {
  name = 'TextAnalysis1795376328442';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'done', 'failed', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "analysis_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reason" text NOT NULL, "status" "public"."job_status" NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "cursor" uuid, "leased_by" text, "heartbeat_at" TIMESTAMP WITH TIME ZONE, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ed5ebf2c133df30c3fb2f633836" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "analysis_jobs_open" ON "analysis_jobs"  ("created_at") WHERE "status" IN ('queued', 'running')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."model_kind" AS ENUM('theme', 'sentiment')`);
    await queryRunner.query(
      `CREATE TABLE "analysis_models" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."model_kind" NOT NULL, "version" text NOT NULL, "active" boolean NOT NULL DEFAULT false, "example_count" integer NOT NULL, "metrics" jsonb, "model" jsonb NOT NULL, "trained_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d12e5eab27678cb7bb54ed05b45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "analysis_models_one_active" ON "analysis_models"  ("kind") WHERE "active"`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "analysis_models_version_unique" ON "analysis_models"  ("version") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."analysis_status" AS ENUM('done', 'failed')`);
    await queryRunner.query(
      `CREATE TYPE "public"."sentiment_label" AS ENUM('negative', 'neutral', 'positive', 'mixed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "item_analyses" ("item_id" uuid NOT NULL, "status" "public"."analysis_status" NOT NULL, "model_version" text NOT NULL, "analysed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sentiment" "public"."sentiment_label", "sentiment_score" real, "redacted_text" text, "details" jsonb, "attempts" smallint NOT NULL DEFAULT '1', "error" text, CONSTRAINT "item_analyses_sentiment_score" CHECK ("sentiment_score" BETWEEN -1 AND 1), CONSTRAINT "PK_cd15954b3a584201a6e46630a3a" PRIMARY KEY ("item_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_analyses_retry" ON "item_analyses"  ("analysed_at") WHERE "status" = 'failed'`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."flag_type" AS ENUM('excuse', 'blame', 'policy-friction', 'runaround', 'overload', 'churn-risk', 'escalation', 'delay', 'staff-conduct', 'protocol-apology', 'protocol-options', 'protocol-follow-through', 'protocol-satisfaction-check', 'protocol-feedback-request')`,
    );
    await queryRunner.query(
      `CREATE TABLE "item_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "event_id" uuid, "type" "public"."flag_type" NOT NULL, "confidence" real NOT NULL, "evidence" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_48993293b3e443635ad7b692ed7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "item_flags_item" ON "item_flags"  ("item_id") `);
    await queryRunner.query(
      `CREATE INDEX "item_flags_type_item" ON "item_flags"  ("type", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "item_policy_mentions" ("item_id" uuid NOT NULL, "policy_id" uuid NOT NULL, "confidence" real NOT NULL, "evidence" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_1db1452d5eb4f7459b98d3d5fda" PRIMARY KEY ("item_id", "policy_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_policy_mentions_policy" ON "item_policy_mentions"  ("policy_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."theme_origin" AS ENUM('analysis', 'correction')`,
    );
    await queryRunner.query(
      `CREATE TABLE "item_themes" ("item_id" uuid NOT NULL, "theme_id" uuid NOT NULL, "score" real NOT NULL, "origin" "public"."theme_origin" NOT NULL, CONSTRAINT "PK_1cb73125d19769c49cd0464d5d4" PRIMARY KEY ("item_id", "theme_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_themes_theme" ON "item_themes"  ("theme_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "theme_ids" uuid array NOT NULL, "corrected_by_id" uuid, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_caf42c40e23c36a1ab98ecc4985" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "theme_corrections_item" ON "theme_corrections"  ("item_id", "corrected_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_examples" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "theme_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4c0526be9b7c4dd2de5fe238ae9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "theme_examples_theme" ON "theme_examples"  ("theme_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "item_analyses" ADD CONSTRAINT "FK_cd15954b3a584201a6e46630a3a" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_flags" ADD CONSTRAINT "FK_cbb5453eb7dfbb62c3d443a923e" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_flags" ADD CONSTRAINT "FK_679faa163395d6a3ae7de749f3b" FOREIGN KEY ("event_id") REFERENCES "item_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_policy_mentions" ADD CONSTRAINT "FK_96e91037fac71c3ac718e3347d7" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_policy_mentions" ADD CONSTRAINT "FK_c502ede8e656358623807e6bc5c" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_themes" ADD CONSTRAINT "FK_3562a6bdab3ffe72e79d1368a7b" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_themes" ADD CONSTRAINT "FK_f68cab383c4b2a1b2d5811353f1" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_corrections" ADD CONSTRAINT "FK_54b516300eb781f292a9bd5aec6" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_corrections" ADD CONSTRAINT "FK_526a2516a451304418005d5bbc1" FOREIGN KEY ("corrected_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_examples" ADD CONSTRAINT "FK_b5f94292fbdb277e53574a70b39" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "theme_examples" DROP CONSTRAINT "FK_b5f94292fbdb277e53574a70b39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_corrections" DROP CONSTRAINT "FK_526a2516a451304418005d5bbc1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_corrections" DROP CONSTRAINT "FK_54b516300eb781f292a9bd5aec6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_themes" DROP CONSTRAINT "FK_f68cab383c4b2a1b2d5811353f1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_themes" DROP CONSTRAINT "FK_3562a6bdab3ffe72e79d1368a7b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_policy_mentions" DROP CONSTRAINT "FK_c502ede8e656358623807e6bc5c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_policy_mentions" DROP CONSTRAINT "FK_96e91037fac71c3ac718e3347d7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_flags" DROP CONSTRAINT "FK_679faa163395d6a3ae7de749f3b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_flags" DROP CONSTRAINT "FK_cbb5453eb7dfbb62c3d443a923e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_analyses" DROP CONSTRAINT "FK_cd15954b3a584201a6e46630a3a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."theme_examples_theme"`);
    await queryRunner.query(`DROP TABLE "theme_examples"`);
    await queryRunner.query(`DROP INDEX "public"."theme_corrections_item"`);
    await queryRunner.query(`DROP TABLE "theme_corrections"`);
    await queryRunner.query(`DROP INDEX "public"."item_themes_theme"`);
    await queryRunner.query(`DROP TABLE "item_themes"`);
    await queryRunner.query(`DROP TYPE "public"."theme_origin"`);
    await queryRunner.query(`DROP INDEX "public"."item_policy_mentions_policy"`);
    await queryRunner.query(`DROP TABLE "item_policy_mentions"`);
    await queryRunner.query(`DROP INDEX "public"."item_flags_type_item"`);
    await queryRunner.query(`DROP INDEX "public"."item_flags_item"`);
    await queryRunner.query(`DROP TABLE "item_flags"`);
    await queryRunner.query(`DROP TYPE "public"."flag_type"`);
    await queryRunner.query(`DROP INDEX "public"."item_analyses_retry"`);
    await queryRunner.query(`DROP TABLE "item_analyses"`);
    await queryRunner.query(`DROP TYPE "public"."sentiment_label"`);
    await queryRunner.query(`DROP TYPE "public"."analysis_status"`);
    await queryRunner.query(`DROP INDEX "public"."analysis_models_version_unique"`);
    await queryRunner.query(`DROP INDEX "public"."analysis_models_one_active"`);
    await queryRunner.query(`DROP TABLE "analysis_models"`);
    await queryRunner.query(`DROP TYPE "public"."model_kind"`);
    await queryRunner.query(`DROP INDEX "public"."analysis_jobs_open"`);
    await queryRunner.query(`DROP TABLE "analysis_jobs"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
  }
}
