import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../auth/principal';
import { conflict, DomainError, ErrorCode } from '../common/domain-error';
import type { SaveReviewNotesInput } from './dto/review-notes.inputs';
import { ReviewNote } from './review-note.entity';

/** "2026-11-02 14:32 UTC": the server cannot know the reader's time zone, so it says which. */
const utcMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const editorName = (note: ReviewNote) => note.updatedBy?.displayName ?? 'Someone';

/**
 * The review's notes and decisions, one text per period. Saves are optimistic: each names the
 * version it was edited from, and the database refuses it if anyone saved in between, so a
 * colleague's decisions are never silently overwritten.
 */
@Injectable()
export class ReviewNotesService {
  constructor(@InjectRepository(ReviewNote) private readonly notes: Repository<ReviewNote>) {}

  /** The notes of a period with who saved them last; null when nobody ever saved any. */
  find(
    from: string,
    to: string,
    manager: EntityManager = this.notes.manager,
  ): Promise<ReviewNote | null> {
    return manager.findOne(ReviewNote, {
      where: { periodFrom: from, periodTo: to },
      relations: { updatedBy: true },
    });
  }

  /**
   * Stores the whole text (blank text clears it; the row stays so the version keeps counting and
   * a stale edit is still refused). CONFLICT when the expected version is not the stored one.
   */
  async save(input: SaveReviewNotesInput, editor: Principal): Promise<ReviewNote> {
    if (editor.kind !== 'user') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Review notes are saved by people, not API keys');
    }
    const text = input.text.trim() === '' ? '' : input.text;
    const expected = input.expectedVersion ?? null;
    const saved = await this.notes.manager.transaction(async (manager) => {
      const builder = manager.createQueryBuilder();
      // The write decides (no read-then-write race): zero rows back means someone saved first.
      const written =
        expected === null
          ? await builder
              .insert()
              .into(ReviewNote)
              .values({
                periodFrom: input.from,
                periodTo: input.to,
                text,
                updatedById: editor.id,
                version: 1,
              })
              .orIgnore()
              .returning(['id'])
              .execute()
          : await builder
              .update(ReviewNote)
              .set({
                text,
                updatedById: editor.id,
                updatedAt: () => 'now()',
                version: () => '"version" + 1',
              })
              .where('"period_from" = :from AND "period_to" = :to AND "version" = :expected', {
                from: input.from,
                to: input.to,
                expected,
              })
              .returning(['id'])
              .execute();
      const rows = written.raw as unknown[];
      // The row stays locked until commit, so this reads exactly what was just written.
      return rows.length > 0 ? this.find(input.from, input.to, manager) : null;
    });
    if (saved) return saved;
    throw await this.conflict(input, expected);
  }

  private async conflict(
    input: SaveReviewNotesInput,
    expected: number | null,
  ): Promise<DomainError> {
    const current = await this.find(input.from, input.to);
    if (!current) {
      return conflict(
        `No notes are stored for this period, so version ${expected} cannot be updated; save them without an expected version.`,
        'expectedVersion',
        'stale',
      );
    }
    const since =
      expected === null
        ? 'while you were writing yours'
        : `after version ${expected}, which yours were based on`;
    return conflict(
      `${editorName(current)} saved these notes at ${utcMinute(current.updatedAt)} (version ${current.version}) ${since}. Reload their notes or overwrite them with yours.`,
      'expectedVersion',
      'stale',
    );
  }
}
