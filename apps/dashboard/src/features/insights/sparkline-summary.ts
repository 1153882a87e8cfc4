/** "Last 26 weeks: 3 to 14 a week; the 3 weeks tested: 12, 14, 13." */
export function sparklineSummary(weeks: readonly { count: number; tested: boolean }[]): string {
  if (weeks.length === 0) return 'No weekly history.';
  const counts = weeks.map((week) => week.count);
  const tested = weeks.filter((week) => week.tested).map((week) => week.count);
  const range = `${Math.min(...counts)} to ${Math.max(...counts)} a week`;
  const testedText =
    tested.length === 0
      ? ''
      : tested.length === 1
        ? `; the week tested: ${tested[0]}`
        : `; the ${tested.length} weeks tested: ${tested.join(', ')}`;
  return `Last ${weeks.length} weeks: ${range}${testedText}.`;
}
