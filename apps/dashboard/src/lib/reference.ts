/** The short reference people quote for an item: its id's first characters ("52868E6B"). */
export function referenceOf(itemId: string): string {
  return itemId.replace(/-/g, '').slice(0, 8).toUpperCase();
}
