import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { invalidField } from '../common/domain-error';
import { ItemSource } from '../items/item.enums';
import type { ReviewItemFlagInput } from './dto/analysis.inputs';
import { applyFlagCorrections } from './flag-corrections';
import { correctorId, lockItemForCorrection } from './item-correction';

/**
 * Stores a person's verdict on a warning sign flagged on an item. The item's flags follow it at
 * once (and after every re-analysis), and the flagged words become a training example of the
 * next sign model: of the sign when confirmed, of no sign when rejected.
 */
@Injectable()
export class FlagCorrectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async review(input: ReviewItemFlagInput, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const item = await lockItemForCorrection(manager, input.itemId);
      const flags = await manager.query<{ event_id: string | null; evidence: string[] }[]>(
        'SELECT event_id, evidence FROM item_flags WHERE item_id = $1 AND type = $2 ORDER BY event_id NULLS FIRST, confidence DESC',
        [input.itemId, input.type],
      );
      // A flag rejected earlier is gone from item_flags: its verdict can still be changed.
      const [earlier] = await manager.query<{ writer: string; evidence: string[] }[]>(
        'SELECT writer, evidence FROM flag_corrections WHERE item_id = $1 AND type = $2 ORDER BY corrected_at DESC, id LIMIT 1',
        [input.itemId, input.type],
      );
      if (flags.length === 0 && !earlier)
        throw invalidField(
          'type',
          'flagged',
          `type: the item has no ${input.type} flag to confirm or reject`,
        );
      // Words in the item's own text are its writer's; words in a timeline entry are staff's.
      const writer =
        flags.length === 0
          ? earlier.writer
          : flags[0].event_id === null && item.source !== ItemSource.STAFF
            ? 'customer'
            : 'staff';
      const evidence =
        flags.length === 0
          ? earlier.evidence
          : [...new Set(flags.flatMap((flag) => flag.evidence))];
      await manager.query(
        'INSERT INTO flag_corrections (item_id, type, verdict, writer, evidence, corrected_by_id) VALUES ($1, $2, $3, $4, $5::text[], $6)',
        [input.itemId, input.type, input.verdict, writer, evidence, correctorId(principal)],
      );
      await applyFlagCorrections(manager, [input.itemId]);
    });
  }
}
