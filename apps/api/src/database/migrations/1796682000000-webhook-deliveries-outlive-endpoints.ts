import type { MigrationInterface, QueryRunner } from 'typeorm';

// A deleted webhook endpoint leaves its deliveries in the log (endpoint_id set to null), named
// by the endpoint_name each delivery now keeps; existing deliveries take their endpoint's name.

export class WebhookDeliveriesOutliveEndpoints1796682000000 implements MigrationInterface {
  name = 'WebhookDeliveriesOutliveEndpoints1796682000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6"`,
    );
    await queryRunner.query(`ALTER TABLE "alert_deliveries" ADD "endpoint_name" text`);
    await queryRunner.query(
      `UPDATE "alert_deliveries" d SET "endpoint_name" = w."name" FROM "webhook_endpoints" w WHERE w."id" = d."endpoint_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6"`,
    );
    await queryRunner.query(`ALTER TABLE "alert_deliveries" DROP COLUMN "endpoint_name"`);
    await queryRunner.query(
      `ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_94fb5d1ec8d6c435f72d62e4ae6" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
