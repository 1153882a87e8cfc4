// The item whose page was open last, so the list can put focus back on its row.
let lastOpened: string | null = null;

export function rememberOpenedItem(id: string): void {
  lastOpened = id;
}

export function takeReturningItem(): string | null {
  const id = lastOpened;
  lastOpened = null;
  return id;
}
