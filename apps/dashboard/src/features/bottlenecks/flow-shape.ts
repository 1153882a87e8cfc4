import type {
  BottlenecksQuery,
  DurationFigureFieldsFragment,
  FlowDimension,
} from '../../graphql/generated/graphql';
import { narrowDrilldown, type Drilldown } from '../../lib/drilldown-url';
import { formatShortDate } from '../../lib/format';

type Flow = BottlenecksQuery['bottlenecks'];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** One week of arrivals against completions, for the flow chart. */
export interface FlowRow {
  week: string;
  tick: string;
  arrivals: number;
  completions: number;
  backlog: number;
}

export function flowRows(weekly: Flow['weekly']): FlowRow[] {
  return weekly.map((week) => ({
    week: week.weekStart,
    tick: formatShortDate(week.weekStart).replace(/ \d{4}$/, ''),
    arrivals: week.arrivals,
    completions: week.completions,
    backlog: week.backlogAtEnd,
  }));
}

/**
 * The open items of one age band: open at the instant measured and received between `maxDays`
 * and `minDays` before it (the backlog's drill-down narrowed by the received dates).
 */
export function bandDrilldown(
  backlog: Pick<Flow['backlog'], 'at' | 'drilldown'>,
  band: { minDays: number; maxDays: number | null },
): Drilldown {
  const at = Date.parse(backlog.at);
  const extra: Drilldown = { receivedTo: new Date(at - band.minDays * DAY_MS).toISOString() };
  if (band.maxDays !== null)
    extra.receivedFrom = new Date(at - band.maxDays * DAY_MS).toISOString();
  return narrowDrilldown(backlog.drilldown, { openAt: backlog.at, ...extra });
}

export interface DurationRow {
  key: string;
  label: string;
  lead: DurationFigureFieldsFragment | null;
  firstResponse: DurationFigureFieldsFragment | null;
}

/**
 * Lead time and time to first response side by side for one grouping (team, kind, theme,
 * policy), slowest lead time first; a group with only one of them keeps its row.
 */
export function durationRows(
  leadTimes: readonly DurationFigureFieldsFragment[],
  firstResponses: readonly DurationFigureFieldsFragment[],
  dimension: FlowDimension,
  labelOf: (figure: DurationFigureFieldsFragment) => string,
): DurationRow[] {
  const key = (figure: DurationFigureFieldsFragment) => figure.subject?.id ?? figure.kind ?? 'all';
  const rows = new Map<string, DurationRow>();
  for (const figure of leadTimes.filter((f) => f.dimension === dimension))
    rows.set(key(figure), {
      key: key(figure),
      label: labelOf(figure),
      lead: figure,
      firstResponse: null,
    });
  for (const figure of firstResponses.filter((f) => f.dimension === dimension)) {
    const row = rows.get(key(figure));
    if (row) row.firstResponse = figure;
    else
      rows.set(key(figure), {
        key: key(figure),
        label: labelOf(figure),
        lead: null,
        firstResponse: figure,
      });
  }
  return [...rows.values()].sort(
    (a, b) => (b.lead?.p50Hours ?? -1) - (a.lead?.p50Hours ?? -1) || a.label.localeCompare(b.label),
  );
}

/** The figure for every item of the filter (dimension ALL). */
export function overall(figures: readonly DurationFigureFieldsFragment[]) {
  return figures.find((figure) => figure.dimension === 'ALL') ?? null;
}
