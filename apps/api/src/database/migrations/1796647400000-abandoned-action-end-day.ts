import type { MigrationInterface, QueryRunner } from 'typeorm';

// An abandoned action ends the day it was given up (the API now records it): without an end day
// the review listed it as open in every later month. Actions abandoned before that have their
// last change as the best record of when; never before they started.

export class AbandonedActionEndDay1796647400000 implements MigrationInterface {
  name = 'AbandonedActionEndDay1796647400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE improvement_actions
          SET done_on = greatest((updated_at AT TIME ZONE 'UTC')::date, started_on)
        WHERE status = 'abandoned' AND done_on IS NULL`,
    );
  }

  public async down(): Promise<void> {
    // The end days filled in are true records of the past; nothing to undo.
  }
}
