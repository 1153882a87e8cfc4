/** Seconds elapsed since a `process.hrtime.bigint()` reading. */
export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

// Processor time, not wall time: the development machines are shared, and a busy neighbour
// would otherwise halve the figures.
export const cpuSecondsSince = (start: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
};

/** Texts per processor-second over `texts`, round robin, for about `seconds` of processor time. */
export function throughput(texts: readonly string[], work: (text: string) => unknown, seconds = 2) {
  for (const text of texts.slice(0, 200)) work(text);
  const start = process.cpuUsage();
  let done = 0;
  while (cpuSecondsSince(start) < seconds)
    for (let i = 0; i < 100; i++) work(texts[done++ % texts.length]);
  return Math.round(done / cpuSecondsSince(start));
}
