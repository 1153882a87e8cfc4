import type {
  FunnelFieldsFragment,
  KpiFieldsFragment,
  RisingSignalFieldsFragment,
  Severity,
  WarningSignFieldsFragment,
} from '../../graphql/generated/graphql';

/**
 * The headline tiles of the review, in reading order: what came in, how it felt, how fast it
 * was handled, what is left. Lead time and the alert counts are elsewhere on the page.
 */
export const REVIEW_TILES = [
  'items',
  'complaints',
  'negative-share',
  'satisfaction',
  'first-response-sla',
  'resolution-sla',
  'first-response-p50',
  'backlog',
] as const;

/** The review's tiles from the pack's KPIs, in REVIEW_TILES order; unknown keys left out. */
export function kpiTiles(kpis: readonly KpiFieldsFragment[]): KpiFieldsFragment[] {
  const byKey = new Map(kpis.map((kpi) => [kpi.key, kpi]));
  return REVIEW_TILES.map((key) => byKey.get(key)).filter(
    (kpi): kpi is KpiFieldsFragment => kpi !== undefined,
  );
}

/**
 * Whether a rise is good news, as the tiles say it: the API's answer, except that more items
 * received is neither (demand is not a score).
 */
export function tileHigherIsBetter(
  kpi: Pick<KpiFieldsFragment, 'key' | 'higherIsBetter'>,
): boolean | null {
  return kpi.key === 'items' ? null : kpi.higherIsBetter;
}

/** The other headline figures, for the sections that state them. */
export function kpiValue(kpis: readonly KpiFieldsFragment[], key: string): number | null {
  return kpis.find((kpi) => kpi.key === key)?.value ?? null;
}

const SEVERITY_RANK: Record<Severity, number> = { ALERT: 0, WATCH: 1, NONE: 2 };

/**
 * The themes or policies worth a look: flagged ones first (alert, then watch), then the
 * steepest rises among the rest; falls and untested ones are left out.
 */
export function risingRows(
  signals: readonly RisingSignalFieldsFragment[],
  limit: number,
): RisingSignalFieldsFragment[] {
  return signals
    .filter(
      (signal) => signal.tested && (signal.direction === 'RISE' || signal.severity !== 'NONE'),
    )
    .sort(
      (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.rateRatio - a.rateRatio,
    )
    .slice(0, limit);
}

export interface FunnelRow {
  step: FunnelFieldsFragment['stages'][number]['step'];
  label: string;
  reached: number;
  /** reached ÷ all complaints, 0 when there were none. */
  share: number;
  previousShare: number | null;
  stoppedHere: number;
  stage: FunnelFieldsFragment['stages'][number];
}

/** The protocol's stages in order, each with its share of all the period's complaints. */
export function funnelRows(funnel: FunnelFieldsFragment): FunnelRow[] {
  return funnel.stages.map((stage) => ({
    step: stage.step,
    label: stage.label,
    reached: stage.reached,
    share: stage.shareOfAll ?? (funnel.complaints > 0 ? stage.reached / funnel.complaints : 0),
    previousShare: stage.previousShareOfAll,
    stoppedHere: stage.stoppedHere,
    stage,
  }));
}

/** The warning signs in need of attention first; the API's order within a state. */
export function signsByUrgency(
  signs: readonly WarningSignFieldsFragment[],
): WarningSignFieldsFragment[] {
  const rank = { ALERT: 0, WATCH: 1, OK: 2, NO_DATA: 3 } as const;
  return signs
    .map((sign, index) => ({ sign, index }))
    .sort((a, b) => rank[a.sign.state] - rank[b.sign.state] || a.index - b.index)
    .map((entry) => entry.sign);
}
