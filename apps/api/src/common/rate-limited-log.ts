/**
 * At most one line per kind of error per interval, so an outage cannot flood the log (the issue
 * measured 13.7 MB in 30 s). The next line written for a kind says how many were suppressed.
 */
export class RateLimitedLog {
  private readonly kinds = new Map<string, { lastAt: number; suppressed: number }>();

  constructor(
    private readonly write: (line: string) => void,
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  log(kind: string, line: string): void {
    const at = this.now();
    const state = this.kinds.get(kind);
    if (state && at - state.lastAt < this.intervalMs) {
      state.suppressed += 1;
      return;
    }
    const suppressed = state?.suppressed ?? 0;
    this.kinds.set(kind, { lastAt: at, suppressed: 0 });
    this.write(
      suppressed > 0 ? `${line} (${suppressed} more like it suppressed since the last)` : line,
    );
  }
}
