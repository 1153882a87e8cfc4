import type { MigrationInterface, QueryRunner } from 'typeorm';

// Row scope and raw-text auditing. Items remember the API key that wrote them, so an integration
// reads back only its own; staff scope reads items by who logged them and who wrote to their
// timeline; every read of an item's unmasked text is recorded in raw_text_reads.

export class AccessScope1795385400000 implements MigrationInterface {
  name = 'AccessScope1795385400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" ADD "recorded_by_api_key_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "items" ADD CONSTRAINT "items_recorded_by_api_key_id_fkey" FOREIGN KEY ("recorded_by_api_key_id") REFERENCES "api_keys"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "items_recorded_by_api_key_received_at" ON "items"  ("recorded_by_api_key_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "items_recorded_by_received_at" ON "items"  ("recorded_by_id", "received_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "item_events_actor_item" ON "item_events"  ("actor_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "raw_text_reads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "reader_id" uuid, "reader_role" text NOT NULL, "purpose" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "raw_text_reads_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "raw_text_reads_item_read_at" ON "raw_text_reads"  ("item_id", "read_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "raw_text_reads" ADD CONSTRAINT "raw_text_reads_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "raw_text_reads" ADD CONSTRAINT "raw_text_reads_reader_id_fkey" FOREIGN KEY ("reader_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "raw_text_reads"`);
    await queryRunner.query(`DROP INDEX "item_events_actor_item"`);
    await queryRunner.query(`DROP INDEX "items_recorded_by_received_at"`);
    await queryRunner.query(`DROP INDEX "items_recorded_by_api_key_received_at"`);
    await queryRunner.query(
      `ALTER TABLE "items" DROP CONSTRAINT "items_recorded_by_api_key_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "recorded_by_api_key_id"`);
  }
}
