import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sessions as rows, so signing out or changing a password ends a token at once instead of after
// its 12 hours; and per-address sign-in failures, so repeated guessing backs off on every replica.

export class SignInSessions1795384512000 implements MigrationInterface {
  name = 'SignInSessions1795384512000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "user_sessions_user_id" ON "user_sessions" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "login_throttles" ("account_key" text NOT NULL, "failures" integer NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "login_throttles_pkey" PRIMARY KEY ("account_key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttles"`);
    await queryRunner.query(
      `ALTER TABLE "user_sessions" DROP CONSTRAINT "user_sessions_user_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."user_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "user_sessions"`);
  }
}
