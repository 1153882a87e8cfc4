import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { invalidField } from '../common/domain-error';
import { unnestInsert } from '../database/unnest-insert';
import type { CorrectItemThemesInput } from './dto/analysis.inputs';
import { correctorId, lockItemForCorrection } from './item-correction';

/**
 * Stores a person's correction of an item's themes. The item's themes become exactly the
 * corrected ones (re-analysis keeps them), and the correction is kept for the next training.
 */
@Injectable()
export class ThemeCorrectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async correct(input: CorrectItemThemesInput, principal: Principal): Promise<void> {
    const themeIds = [...new Set(input.themeIds)];
    await this.dataSource.transaction(async (manager) => {
      await lockItemForCorrection(manager, input.itemId);
      const known = await manager.query<{ id: string }[]>(
        'SELECT id FROM themes WHERE id = ANY($1::uuid[])',
        [themeIds],
      );
      const unknown = themeIds.filter((id) => !known.some((theme) => theme.id === id));
      if (unknown.length > 0)
        throw invalidField(
          'themeIds',
          'exists',
          `themeIds names unknown themes: ${unknown.join(', ')}`,
        );
      await manager.query(
        'INSERT INTO theme_corrections (item_id, theme_ids, corrected_by_id) VALUES ($1, $2::uuid[], $3)',
        [input.itemId, themeIds, correctorId(principal)],
      );
      await manager.query('DELETE FROM item_themes WHERE item_id = $1', [input.itemId]);
      await unnestInsert(
        manager,
        'item_themes',
        [
          { name: 'item_id', type: 'uuid', value: () => input.itemId },
          { name: 'theme_id', type: 'uuid', value: (themeId: string) => themeId },
          { name: 'score', type: 'real', value: () => 1 },
          { name: 'origin', type: 'theme_origin', value: () => 'correction' },
        ],
        themeIds,
      );
    });
  }
}
