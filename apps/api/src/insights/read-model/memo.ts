/** Work shared by the sibling fields of one request: each key is computed at most once. */
export type Memo = Map<string, Promise<unknown>>;

/** The promise stored under `key`, made on first use (sections of one review pack, bottleneck parts). */
export function memoised<T>(memo: Memo, key: string, make: () => Promise<T>): Promise<T> {
  let promise = memo.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = make();
    memo.set(key, promise);
  }
  return promise;
}
