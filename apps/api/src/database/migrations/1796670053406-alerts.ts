import type { MigrationInterface, QueryRunner } from 'typeorm';

// Alerts (issue 15): rules, their per-subject state (so a rule fires once per entry), fired
// events, webhook endpoints, the delivery queue with its attempt log, and in-app notifications.

export class Alerts1796670053406 implements MigrationInterface {
  name = 'Alerts1796670053406';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."alert_rule_kind" AS ENUM('warning_sign', 'rising', 'backlog', 'sla_breaches')`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_rules" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."alert_rule_kind" NOT NULL, "sign" text, "dimension" text, "threshold" integer, "window_days" integer NOT NULL DEFAULT '28', "enabled" boolean NOT NULL DEFAULT true, "notify_in_app" boolean NOT NULL DEFAULT true, "email_to" text array NOT NULL DEFAULT '{}', "endpoint_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "alert_rules_window_days" CHECK ("window_days" BETWEEN 1 AND 366), CONSTRAINT "PK_ae580564f087ffab9d229225aec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_conditions" ("rule_id" uuid NOT NULL, "subject_key" text NOT NULL, "holds" boolean NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_65d5a9de4084c8b8fab85e4af43" PRIMARY KEY ("rule_id", "subject_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule_id" uuid NOT NULL, "subject_key" text NOT NULL, "title" text NOT NULL, "message" text NOT NULL, "value" double precision, "link" text NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8dd833a0534d3a01e8d01e3bca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "alert_events_fired_at" ON "alert_events"  ("fired_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."webhook_format" AS ENUM('json', 'slack', 'teams')`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_endpoints" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "url" text NOT NULL, "format" "public"."webhook_format" NOT NULL, "secret" text NOT NULL, "secret_hint" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('webhook', 'email')`);
    await queryRunner.query(
      `CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'retrying', 'delivered', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "endpoint_id" uuid, "email_to" text, "status" "public"."delivery_status" NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "replay_of" uuid, "attempt_log" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3d51c95891264fb62df41582ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "alert_deliveries_due" ON "alert_deliveries"  ("next_attempt_at") WHERE status IN ('pending', 'retrying')`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4e0b86df24774d1111c4a02b9c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "alert_notifications_user_event" ON "alert_notifications"  ("user_id", "event_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_conditions" ADD CONSTRAINT "FK_bb34116a8c3b84449fff09af252" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_events" ADD CONSTRAINT "FK_4dcf17dcbb43a989b7c8ab0b395" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_f5cfabea119e84782825c1a1e62" FOREIGN KEY ("event_id") REFERENCES "alert_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_notifications" ADD CONSTRAINT "FK_2b072778a7b2dc064ca62f4dddc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_notifications" ADD CONSTRAINT "FK_dc9e1ad784651d6cfa36ffdbc97" FOREIGN KEY ("event_id") REFERENCES "alert_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "alert_notifications" DROP CONSTRAINT "FK_dc9e1ad784651d6cfa36ffdbc97"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_notifications" DROP CONSTRAINT "FK_2b072778a7b2dc064ca62f4dddc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_f5cfabea119e84782825c1a1e62"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_events" DROP CONSTRAINT "FK_4dcf17dcbb43a989b7c8ab0b395"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_conditions" DROP CONSTRAINT "FK_bb34116a8c3b84449fff09af252"`,
    );
    await queryRunner.query(`DROP INDEX "public"."alert_notifications_user_event"`);
    await queryRunner.query(`DROP TABLE "alert_notifications"`);
    await queryRunner.query(`DROP INDEX "public"."alert_deliveries_due"`);
    await queryRunner.query(`DROP TABLE "alert_deliveries"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
    await queryRunner.query(`DROP TYPE "public"."webhook_format"`);
    await queryRunner.query(`DROP INDEX "public"."alert_events_fired_at"`);
    await queryRunner.query(`DROP TABLE "alert_events"`);
    await queryRunner.query(`DROP TABLE "alert_conditions"`);
    await queryRunner.query(`DROP TABLE "alert_rules"`);
    await queryRunner.query(`DROP TYPE "public"."alert_rule_kind"`);
  }
}
