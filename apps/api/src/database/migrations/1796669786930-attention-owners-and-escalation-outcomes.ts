import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15: neglected items get an owner a manager can assign (item_owners); an escalation can
// go to a team (item_events.escalated_to_team_id) and its outcome is recorded (escalation_outcomes).

export class AttentionOwnersAndEscalationOutcomes1796669786930 implements MigrationInterface {
  name = 'AttentionOwnersAndEscalationOutcomes1796669786930';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "item_owners" ("item_id" uuid NOT NULL, "owner_id" uuid NOT NULL, "assigned_by_id" uuid, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "item_owners_pkey" PRIMARY KEY ("item_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."escalation_outcome_kind" AS ENUM('resolved', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "escalation_outcomes" ("event_id" uuid NOT NULL, "outcome" "public"."escalation_outcome_kind" NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by_id" uuid, CONSTRAINT "escalation_outcomes_pkey" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "item_events" ADD "escalated_to_team_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "item_events" ADD CONSTRAINT "item_events_escalated_to_team_id_fkey" FOREIGN KEY ("escalated_to_team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_owners" ADD CONSTRAINT "item_owners_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_owners" ADD CONSTRAINT "item_owners_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_owners" ADD CONSTRAINT "item_owners_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_outcomes" ADD CONSTRAINT "escalation_outcomes_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "item_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_outcomes" ADD CONSTRAINT "escalation_outcomes_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "escalation_outcomes" DROP CONSTRAINT "escalation_outcomes_recorded_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_outcomes" DROP CONSTRAINT "escalation_outcomes_event_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_owners" DROP CONSTRAINT "item_owners_assigned_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_owners" DROP CONSTRAINT "item_owners_owner_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "item_owners" DROP CONSTRAINT "item_owners_item_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "item_events" DROP CONSTRAINT "item_events_escalated_to_team_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "item_events" DROP COLUMN "escalated_to_team_id"`);
    await queryRunner.query(`DROP TABLE "escalation_outcomes"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_outcome_kind"`);
    await queryRunner.query(`DROP TABLE "item_owners"`);
  }
}
