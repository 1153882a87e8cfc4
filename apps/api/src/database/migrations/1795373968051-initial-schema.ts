import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795373968051 implements MigrationInterface {
  name = 'InitialSchema1795373968051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policies" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "owner" text, "aliases" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_603e09f183df0108d8695c57e28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "teams" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "staff_count" integer NOT NULL, CONSTRAINT "teams_staff_count_non_negative" CHECK ("staff_count" >= 0), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "themes" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "keywords" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."action_status" AS ENUM('planned', 'in_progress', 'done', 'abandoned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "improvement_actions" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text, "owner" text NOT NULL, "policy_id" uuid, "theme_id" uuid, "team_id" uuid, "status" "public"."action_status" NOT NULL DEFAULT 'planned', "started_on" date, "done_on" date, CONSTRAINT "improvement_actions_dates_ordered" CHECK ("done_on" IS NULL OR "started_on" IS NULL OR "done_on" >= "started_on"), CONSTRAINT "PK_8195d6d47bd8272dfb15513f9b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('admin', 'manager', 'process_owner', 'staff', 'integrator')`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."role" NOT NULL, "team_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys"  ("key_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."item_kind" AS ENUM('request', 'complaint', 'feedback', 'compliment')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."item_source" AS ENUM('external_customer', 'internal_customer', 'staff')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."channel" AS ENUM('email', 'phone', 'web_form', 'chat', 'in_person', 'social', 'letter')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."priority" AS ENUM('low', 'normal', 'high', 'urgent')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."item_status" AS ENUM('new', 'in_progress', 'waiting_on_customer', 'waiting_internal', 'resolved', 'closed')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."viability_decision" AS ENUM('accepted', 'soft_no', 'hard_no', 'referred', 'escalated')`,
    );
    await queryRunner.query(
      `CREATE TABLE "items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."item_kind" NOT NULL, "source" "public"."item_source" NOT NULL, "channel" "public"."channel" NOT NULL, "team_id" uuid, "policy_id" uuid, "text" text NOT NULL, "customer_ref" text, "priority" "public"."priority" NOT NULL DEFAULT 'normal', "status" "public"."item_status" NOT NULL DEFAULT 'new', "viability" "public"."viability_decision", "satisfaction" smallint, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_response_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "external_id" text, "external_source" text, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "items_external_pair" CHECK (("external_id" IS NULL) = ("external_source" IS NULL)), CONSTRAINT "items_satisfaction_range" CHECK ("satisfaction" BETWEEN 1 AND 5), CONSTRAINT "PK_ba5885359424c15ca6b9e79bcf6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "items_policy_received_at" ON "items"  ("policy_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "items_team_received_at" ON "items"  ("team_id", "received_at") `,
    );
    await queryRunner.query(`CREATE INDEX "items_received_at" ON "items"  ("received_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "items_external_unique" ON "items"  ("external_source", "external_id") WHERE "external_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."item_event_type" AS ENUM('status_changed', 'staff_reply', 'escalated', 'exception_granted', 'exception_refused', 'follow_up', 'satisfaction_check')`,
    );
    await queryRunner.query(
      `CREATE TABLE "item_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "type" "public"."item_event_type" NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."item_status", "text" text, "escalated_to" text, "policy_id" uuid, "satisfaction" smallint, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "item_events_satisfaction_range" CHECK ("satisfaction" BETWEEN 1 AND 5), CONSTRAINT "PK_b6d5f82a7f54a33cab0e464bbc2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_events_type_occurred_at" ON "item_events"  ("type", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "item_events_item_occurred_at" ON "item_events"  ("item_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "service_levels" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."item_kind" NOT NULL, "priority" "public"."priority" NOT NULL, "first_response_minutes" integer NOT NULL, "resolution_minutes" integer NOT NULL, CONSTRAINT "service_levels_kind_priority_unique" UNIQUE ("kind", "priority"), CONSTRAINT "service_levels_targets_positive" CHECK ("first_response_minutes" > 0 AND "resolution_minutes" >= "first_response_minutes"), CONSTRAINT "PK_22528177077d76a351f1518e1e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "pulse_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "submitted_on" date NOT NULL, "workload" smallint NOT NULL, "text" text, "anonymous" boolean NOT NULL, "author_id" uuid, CONSTRAINT "pulse_entries_anonymous_has_no_author" CHECK (NOT ("anonymous" AND "author_id" IS NOT NULL)), CONSTRAINT "pulse_entries_workload_range" CHECK ("workload" BETWEEN 1 AND 5), CONSTRAINT "PK_647acaa749b9da8caeecc9d39da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "pulse_entries_team_day" ON "pulse_entries"  ("team_id", "submitted_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."staffing_event_type" AS ENUM('hire', 'departure', 'sick_leave')`,
    );
    await queryRunner.query(
      `CREATE TABLE "staffing_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "type" "public"."staffing_event_type" NOT NULL, "occurred_on" date NOT NULL, "sick_days" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "staffing_events_sick_days" CHECK (("type" = 'sick_leave') = ("sick_days" IS NOT NULL) AND ("sick_days" IS NULL OR "sick_days" > 0)), CONSTRAINT "PK_ce6edf4dbe7da45171090c23503" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "staffing_events_team_day" ON "staffing_events"  ("team_id", "occurred_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "FK_52ef84804ac09c9e382b92137b4" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "FK_c2f5b17851bed4e2cce4e1ba339" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" ADD CONSTRAINT "FK_69910cff1b835e3411ce70d60bd" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_1208ee1db5ddb64b48a86b46a61" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_adce7340c25acb4ff9e116f9e2e" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_d1018530292dc10f6f2a7abfe20" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "FK_282fc5319c45b31cf282c3a36c9" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" ADD CONSTRAINT "FK_8896f5f4e70ace6250ed7234437" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" ADD CONSTRAINT "FK_ae82a6bc66bc07141fdf8b8b89f" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" ADD CONSTRAINT "FK_e3f7081c2e7704d6dbc586301ed" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pulse_entries" ADD CONSTRAINT "FK_dac72ddaa238aabd33800368c49" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pulse_entries" ADD CONSTRAINT "FK_2ad7ee20021448eb313fd3094b3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "staffing_events" ADD CONSTRAINT "FK_cdce1d78af0adeb725e2fab294d" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Names are unique regardless of letter case.
    await queryRunner.query(`CREATE UNIQUE INDEX "teams_name_unique" ON "teams" (lower("name"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "policies_name_unique" ON "policies" (lower("name"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "themes_name_unique" ON "themes" (lower("name"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users" (lower("email"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."users_email_unique"`);
    await queryRunner.query(`DROP INDEX "public"."themes_name_unique"`);
    await queryRunner.query(`DROP INDEX "public"."policies_name_unique"`);
    await queryRunner.query(`DROP INDEX "public"."teams_name_unique"`);
    await queryRunner.query(
      `ALTER TABLE "staffing_events" DROP CONSTRAINT "FK_cdce1d78af0adeb725e2fab294d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pulse_entries" DROP CONSTRAINT "FK_2ad7ee20021448eb313fd3094b3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "pulse_entries" DROP CONSTRAINT "FK_dac72ddaa238aabd33800368c49"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" DROP CONSTRAINT "FK_e3f7081c2e7704d6dbc586301ed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" DROP CONSTRAINT "FK_ae82a6bc66bc07141fdf8b8b89f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_events" DROP CONSTRAINT "FK_8896f5f4e70ace6250ed7234437"`,
    );
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_282fc5319c45b31cf282c3a36c9"`);
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_d1018530292dc10f6f2a7abfe20"`);
    await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_adce7340c25acb4ff9e116f9e2e"`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_1208ee1db5ddb64b48a86b46a61"`);
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "FK_69910cff1b835e3411ce70d60bd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "FK_c2f5b17851bed4e2cce4e1ba339"`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_actions" DROP CONSTRAINT "FK_52ef84804ac09c9e382b92137b4"`,
    );
    await queryRunner.query(`DROP INDEX "public"."staffing_events_team_day"`);
    await queryRunner.query(`DROP TABLE "staffing_events"`);
    await queryRunner.query(`DROP TYPE "public"."staffing_event_type"`);
    await queryRunner.query(`DROP INDEX "public"."pulse_entries_team_day"`);
    await queryRunner.query(`DROP TABLE "pulse_entries"`);
    await queryRunner.query(`DROP TABLE "service_levels"`);
    await queryRunner.query(`DROP INDEX "public"."item_events_item_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."item_events_type_occurred_at"`);
    await queryRunner.query(`DROP TABLE "item_events"`);
    await queryRunner.query(`DROP TYPE "public"."item_event_type"`);
    await queryRunner.query(`DROP INDEX "public"."items_external_unique"`);
    await queryRunner.query(`DROP INDEX "public"."items_received_at"`);
    await queryRunner.query(`DROP INDEX "public"."items_team_received_at"`);
    await queryRunner.query(`DROP INDEX "public"."items_policy_received_at"`);
    await queryRunner.query(`DROP TABLE "items"`);
    await queryRunner.query(`DROP TYPE "public"."viability_decision"`);
    await queryRunner.query(`DROP TYPE "public"."item_status"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
    await queryRunner.query(`DROP TYPE "public"."channel"`);
    await queryRunner.query(`DROP TYPE "public"."item_source"`);
    await queryRunner.query(`DROP TYPE "public"."item_kind"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_hash_unique"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP TABLE "improvement_actions"`);
    await queryRunner.query(`DROP TYPE "public"."action_status"`);
    await queryRunner.query(`DROP TABLE "themes"`);
    await queryRunner.query(`DROP TABLE "teams"`);
    await queryRunner.query(`DROP TABLE "policies"`);
  }
}
