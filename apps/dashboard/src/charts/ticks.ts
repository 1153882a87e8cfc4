/**
 * Round axis ticks from zero: 0, 50, 100, 150… rather than 0, 65, 130, 195. The step is 1, 2,
 * 2.5 or 5 times a power of ten, whole numbers only (counts are whole), and the last tick is at
 * or above `max`.
 */
export function niceCountTicks(max: number, targetCount = 5): number[] {
  if (!Number.isFinite(max) || max <= 0) return [0, 1];
  const rough = max / Math.max(1, targetCount - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 2.5, 5, 10]
      .map((factor) => factor * magnitude)
      .find((candidate) => candidate >= rough) ?? 10 * magnitude,
  );
  const wholeStep = Number.isInteger(step) ? step : Math.ceil(step);
  const ticks: number[] = [];
  for (let value = 0; value < max + wholeStep; value += wholeStep) {
    ticks.push(value);
    if (value >= max) break;
  }
  return ticks;
}
