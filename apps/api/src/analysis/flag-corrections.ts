import { WARNING_SIGNS } from '@fulcrum/analysis';
import type { EntityManager } from 'typeorm';
import { FlagType } from '../items/item.enums';

/** The flags a person may confirm or reject: the warning signs (protocol cues are not scored). */
export const REVIEWABLE_FLAGS: readonly FlagType[] = Object.values(FlagType).filter((type) =>
  (WARNING_SIGNS as readonly string[]).includes(type),
);

/**
 * Makes items' flags agree with people's latest verdicts: a rejected kind of flag is removed, a
 * confirmed one is kept at full confidence (and restored from its evidence when the analysis no
 * longer finds it). Run after every write of flags, so re-analysis never undoes a verdict.
 */
export async function applyFlagCorrections(
  manager: EntityManager,
  itemIds: readonly string[],
): Promise<void> {
  if (itemIds.length === 0) return;
  // One statement: its parts see the same snapshot and touch different rows (rejected kinds,
  // confirmed kinds still flagged, confirmed kinds no longer flagged).
  await manager.query(
    `WITH latest AS (
       SELECT DISTINCT ON (item_id, type) item_id, type, verdict, evidence
         FROM flag_corrections WHERE item_id = ANY($1::uuid[])
        ORDER BY item_id, type, corrected_at DESC, id
     ), removed AS (
       DELETE FROM item_flags f USING latest l
        WHERE f.item_id = l.item_id AND f.type = l.type AND l.verdict = 'rejected'
     ), kept AS (
       UPDATE item_flags f SET confidence = 1 FROM latest l
        WHERE f.item_id = l.item_id AND f.type = l.type AND l.verdict = 'confirmed' AND f.confidence <> 1
     )
     INSERT INTO item_flags (item_id, event_id, type, confidence, evidence)
     SELECT l.item_id, NULL, l.type, 1, l.evidence FROM latest l
      WHERE l.verdict = 'confirmed'
        AND NOT EXISTS (SELECT 1 FROM item_flags f WHERE f.item_id = l.item_id AND f.type = l.type)`,
    [itemIds],
  );
}
