import type { MigrationInterface, QueryRunner } from 'typeorm';

// The review digest: who subscribes and how often, each digest sent (unique per reader and period,
// which makes a period go out once across replicas), and the mail it went out as (SMTP or outbox).
// pg-boss keeps its schedule in its own `pgboss` schema, which it creates itself.

export class ReviewDigests1796670196338 implements MigrationInterface {
  name = 'ReviewDigests1796670196338';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "transport" text NOT NULL, "message_id" text NOT NULL, "eml_path" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_messages_transport_known" CHECK ("transport" IN ('smtp', 'outbox')), CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "digests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "frequency" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "mail_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "digests_once_per_period" UNIQUE ("user_id", "frequency", "period_from"), CONSTRAINT "digests_period_ordered" CHECK ("period_to" > "period_from"), CONSTRAINT "digests_frequency_known" CHECK ("frequency" IN ('weekly', 'monthly')), CONSTRAINT "digests_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "digest_subscriptions" ("user_id" uuid NOT NULL, "frequency" text NOT NULL, "enabled" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "digest_subscriptions_frequency_known" CHECK ("frequency" IN ('weekly', 'monthly')), CONSTRAINT "digest_subscriptions_pkey" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "digests" ADD CONSTRAINT "digests_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digests" ADD CONSTRAINT "digests_mail_message_fkey" FOREIGN KEY ("mail_message_id") REFERENCES "mail_messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "digest_subscriptions" DROP CONSTRAINT "digest_subscriptions_user_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "digests" DROP CONSTRAINT "digests_mail_message_fkey"`);
    await queryRunner.query(`ALTER TABLE "digests" DROP CONSTRAINT "digests_user_fkey"`);
    await queryRunner.query(`DROP TABLE "digest_subscriptions"`);
    await queryRunner.query(`DROP TABLE "digests"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
  }
}
