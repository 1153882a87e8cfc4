import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { notFound } from '../common/domain-error';

/**
 * What every correction of an item's analysis starts with: the item, locked so a re-analysis
 * running at the same moment cannot write over the correction half-way.
 */
export async function lockItemForCorrection(
  manager: EntityManager,
  itemId: string,
): Promise<{ id: string; source: string }> {
  const [item] = await manager.query<{ id: string; source: string }[]>(
    'SELECT id, source FROM items WHERE id = $1 FOR UPDATE',
    [itemId],
  );
  if (!item) throw notFound('Item', itemId);
  return item;
}

/** Who made a correction (an API key's corrections are kept without a person). */
export const correctorId = (principal: Principal): string | null =>
  principal.kind === 'user' ? principal.id : null;
