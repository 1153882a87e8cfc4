/** Rows a group writes at most: one statement's worth, as a small batch. */
const MAX_GROUP_ROWS = 200;

interface Waiting<T, R> {
  row: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for rows that arrive one by one (single submissions): the rows asked for in one
 * turn of the event loop are written together by `writeAll` (one statement, one commit, one
 * round trip, one analysis hand-off), and each caller is answered only once that write has
 * committed, exactly as if it had been alone. Nothing waits on a timer: a row waits at most for
 * the other rows already parsed in the same turn.
 *
 * - A group never holds two rows with the same key (external source and id): the later one is
 *   written after the earlier one's group, so the stored row decides who wrote it, as between
 *   two separate requests.
 * - When a group's write fails, each of its rows is written on its own, so a bad row (an unknown
 *   team, say) fails its own caller only, and the others are stored as if alone.
 */
export class WriteGroups<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private scheduled = false;

  constructor(
    private readonly writeAll: (rows: T[]) => Promise<R[]>,
    private readonly keyOf: (row: T) => string | null,
    private readonly maxRows = MAX_GROUP_ROWS,
  ) {}

  write(row: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After the I/O callbacks of this turn: every request parsed in it joins the group.
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.scheduled = false;
    const waiting = this.waiting;
    this.waiting = [];
    this.writeInGroups(waiting);
  }

  private writeInGroups(waiting: Waiting<T, R>[]): void {
    if (waiting.length === 0) return;
    const group: Waiting<T, R>[] = [];
    const rest: Waiting<T, R>[] = [];
    const keys = new Set<string>();
    let repeatsKey = false;
    for (const entry of waiting) {
      const key = this.keyOf(entry.row);
      const repeated = key !== null && keys.has(key);
      repeatsKey ||= repeated;
      if (repeated || group.length >= this.maxRows) rest.push(entry);
      else {
        group.push(entry);
        if (key !== null) keys.add(key);
      }
    }
    const written = this.writeGroup(group);
    // A repeated key waits for its first row's commit; other rows need not wait.
    if (repeatsKey) void written.then(() => this.writeInGroups(rest));
    else this.writeInGroups(rest);
  }

  private async writeGroup(group: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.writeAll(group.map((entry) => entry.row));
      group.forEach((entry, index) => entry.resolve(results[index]));
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      await Promise.all(
        group.map((entry) =>
          this.writeAll([entry.row]).then(([result]) => entry.resolve(result), entry.reject),
        ),
      );
    }
  }
}
