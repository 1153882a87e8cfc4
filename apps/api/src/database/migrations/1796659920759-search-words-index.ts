import type { MigrationInterface, QueryRunner } from 'typeorm';

// Search matches whole words through a word index (to_tsvector('simple', text)) instead of
// substrings through trigrams: the planner knows how common a word is, so a common word walks the
// newest items and stops at a page, and a rare one reads only its items. Masked and unfinished
// analyses get a small index of their own, so checking a candidate's masked text is one probe.

export class SearchWordsIndex1796659920759 implements MigrationInterface {
  name = 'SearchWordsIndex1796659920759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."items_text_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "items_text_words" ON "items" USING gin (to_tsvector('simple', "text"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "item_analyses_masked" ON "item_analyses"  ("item_id") WHERE "status" <> 'done' OR "redacted_text" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."item_analyses_masked"`);
    await queryRunner.query(`DROP INDEX "public"."items_text_words"`);
    await queryRunner.query(
      `CREATE INDEX "items_text_trgm" ON "items" USING gin ("text" gin_trgm_ops)`,
    );
  }
}
