import type { MigrationInterface, QueryRunner } from 'typeorm';

// An anonymous staff report keeps only the day it was given: a time of day could be matched
// against sign-ins or office hours. Triggers truncate every timestamp the author's act sets
// (items.received_at and created_at, item_analyses.analysed_at, also on re-analysis), so no write
// path can forget it. Items written before this marker existed are recognised by what the staff
// form wrote for them: a staff web-form item with no recorder, received at midnight UTC.

export class AnonymousDayOnly1795386420000 implements MigrationInterface {
  name = 'AnonymousDayOnly1795386420000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "items" ADD "anonymous" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE FUNCTION anonymous_item_day_only() RETURNS trigger AS $$
      BEGIN
        IF NEW.anonymous THEN
          NEW.received_at := date_trunc('day', NEW.received_at, 'UTC');
          NEW.created_at := date_trunc('day', NEW.created_at, 'UTC');
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(
      `CREATE TRIGGER items_anonymous_day_only BEFORE INSERT OR UPDATE ON items
        FOR EACH ROW EXECUTE FUNCTION anonymous_item_day_only()`,
    );
    await queryRunner.query(`CREATE FUNCTION anonymous_analysis_day_only() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM items WHERE id = NEW.item_id AND anonymous) THEN
          NEW.analysed_at := date_trunc('day', NEW.analysed_at, 'UTC');
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(
      `CREATE TRIGGER item_analyses_anonymous_day_only BEFORE INSERT OR UPDATE ON item_analyses
        FOR EACH ROW EXECUTE FUNCTION anonymous_analysis_day_only()`,
    );
    await queryRunner.query(
      `UPDATE items SET anonymous = true
        WHERE source = 'staff' AND channel = 'web_form' AND recorded_by_id IS NULL
          AND received_at = date_trunc('day', received_at, 'UTC')`,
    );
    await queryRunner.query(
      `UPDATE item_analyses a SET analysed_at = a.analysed_at FROM items i
        WHERE i.id = a.item_id AND i.anonymous`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER item_analyses_anonymous_day_only ON item_analyses`);
    await queryRunner.query(`DROP FUNCTION anonymous_analysis_day_only()`);
    await queryRunner.query(`DROP TRIGGER items_anonymous_day_only ON items`);
    await queryRunner.query(`DROP FUNCTION anonymous_item_day_only()`);
    await queryRunner.query(`ALTER TABLE "items" DROP COLUMN "anonymous"`);
  }
}
