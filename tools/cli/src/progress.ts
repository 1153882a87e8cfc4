/** Reports progress of a long run on standard error, at most about once a second. */
export class Progress {
  private readonly started = Date.now();
  private lastReport = this.started;

  constructor(
    private readonly label: string,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  tick(count: number): void {
    const now = Date.now();
    if (now - this.lastReport < 1000) return;
    this.lastReport = now;
    this.write(`${this.label}: ${count.toLocaleString('en-GB')} rows (${this.rate(count, now)}/s)`);
  }

  done(count: number, outcome: string): void {
    const seconds = (Date.now() - this.started) / 1000;
    this.write(
      `${this.label}: ${count.toLocaleString('en-GB')} rows in ${seconds.toFixed(1)} s; ${outcome}`,
    );
  }

  private rate(count: number, now: number): string {
    return Math.round((count * 1000) / Math.max(now - this.started, 1)).toLocaleString('en-GB');
  }
}
