// After client-side navigation, focus moves to the new page's h1, so screen-reader and keyboard
// users start at the top of the new content. The first page load keeps the browser's focus.
let pending = false;

export function requestTitleFocus(): void {
  pending = true;
}

export function takeTitleFocusRequest(): boolean {
  const wanted = pending;
  pending = false;
  return wanted;
}
