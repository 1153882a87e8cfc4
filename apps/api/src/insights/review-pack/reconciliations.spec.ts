import { countChange, shareChange } from '../read-model/figures';
import {
  changeVerdict,
  thresholdVerdict,
  thresholdWords,
  type UsualState,
  usualVerdict,
} from '../read-model/verdicts';
import { ValueFormat } from '../trends/trends.types';
import {
  IndicatorState,
  type WarningSign,
  WarningSignKind,
} from '../warning-signs/warning-signs.types';
import { composeReconciliations } from './reconciliations';
import type { Kpi } from './review-pack.types';

const AGAINST = 'Oct 2026';
const USUAL = 'the same weeks (±3) of 2023–2025';
const STATES = [
  IndicatorState.OK,
  IndicatorState.WATCH,
  IndicatorState.ALERT,
  IndicatorState.NO_DATA,
];
const MOVES = { fell: [8, 10], unchanged: [10, 10], rose: [12, 10] } as const;
type Move = keyof typeof MOVES;

/** The complaints headline as composeKpis writes it: its verdict names the comparison period. */
function complaintsKpi(move: Move): Kpi {
  const [current, previous] = MOVES[move];
  const figure = { label: 'Complaints', format: ValueFormat.COUNT, higherIsBetter: false };
  const change = countChange(current * 10, previous * 10);
  return {
    ...figure,
    key: 'complaints',
    value: change.current,
    change,
    drilldown: null,
    drilldownLabel: null,
    drilldownCount: null,
    verdict: changeVerdict({ ...figure, change }, AGAINST),
  };
}

/** A warning sign in a state, its value moved against the comparison period as asked. */
function aSign(kind: WarningSignKind, state: IndicatorState, move: Move): WarningSign {
  const rising = kind === WarningSignKind.RISING_COMPLAINTS;
  const format = rising ? ValueFormat.RATIO : ValueFormat.SHARE;
  const [now, before] = MOVES[move].map((v) => v / 100);
  const value = state === IndicatorState.NO_DATA ? null : rising ? 1.3 : now;
  const limits = { watchAt: rising ? null : 0.05, alertAt: rising ? null : 0.1 };
  const judgedAgainst = rising ? USUAL : thresholdWords(limits, format);
  return {
    sign: kind,
    label: rising ? 'Rising complaints' : `Sign ${kind}`,
    value,
    format,
    state,
    ...limits,
    previous: rising ? null : before,
    explanation: '',
    judgedAgainst,
    window: rising ? { from: '2026-11-02', to: '2026-11-30', label: '2 Nov – 29 Nov 2026' } : null,
    verdict: rising
      ? usualVerdict({
          label: 'Complaints',
          ratio: value,
          state: state as UsualState,
          window: '2 Nov – 29 Nov 2026',
          baseline: USUAL,
        })
      : thresholdVerdict({
          label: `Sign ${kind}`,
          value,
          format,
          state: state as UsualState,
          thresholds: judgedAgainst,
          previous: before,
          against: AGAINST,
        }),
    recordCount: 0,
    drilldown: null,
    staffingEvents: [],
    evidence: [],
  };
}

/**
 * The two readings of one measure as the first screen words them: the month-on-month one (the
 * headline's "better"/"worse", or the sign's own value against the comparison period, shown for
 * context) and the sign's own verdict ("alert", "to watch", "no alert").
 */
function wordsOnScreen(sign: WarningSign, kpis: Kpi[]) {
  const kpi = sign.sign === WarningSignKind.RISING_COMPLAINTS ? kpis[0] : null;
  const month = kpi
    ? (/: (better|worse)\.$/.exec(kpi.verdict)?.[1] ?? 'unchanged')
    : sign.value! < sign.previous!
      ? 'lower'
      : sign.value! > sign.previous!
        ? 'higher'
        : 'unchanged';
  const raised = /: (alert|to watch)/.test(sign.verdict);
  const notJudged = /not judged/.test(sign.verdict);
  return { month, raised, notJudged };
}

describe('composeReconciliations, over every warning sign, state and month-on-month move', () => {
  const cases = Object.values(WarningSignKind).flatMap((kind) =>
    STATES.flatMap((state) =>
      (Object.keys(MOVES) as Move[]).map((move) => ({ kind, state, move })),
    ),
  );

  it.each(cases)(
    '$kind at $state after it $move: reconciled exactly when the two verdicts disagree',
    ({ kind, state, move }) => {
      const kpis = [complaintsKpi(move)];
      const sign = aSign(kind, state, move);
      const found = composeReconciliations(kpis, [sign], AGAINST);
      const { month, raised, notJudged } = wordsOnScreen(sign, kpis);
      const looksGood = ['better', 'lower', 'unchanged'].includes(month);
      const disagree = !notJudged && (raised ? looksGood : month === 'worse');
      expect(found).toHaveLength(disagree ? 1 : 0);
      if (!disagree) return;
      // The sentence names both baselines: the comparison period and what the sign is judged against.
      expect(found[0].text).toMatch(new RegExp(`(from|level with) ${AGAINST}`));
      expect(found[0].text).toContain(`against ${sign.judgedAgainst}`);
      expect(found[0].measure).toBe(
        kind === WarningSignKind.RISING_COMPLAINTS ? 'complaints' : kind,
      );
    },
  );

  it('has nothing to reconcile without a comparison period', () => {
    const signs = Object.values(WarningSignKind).map((k) => aSign(k, IndicatorState.ALERT, 'fell'));
    expect(composeReconciliations([complaintsKpi('fell')], signs, null)).toEqual([]);
  });

  it('uses the share change for a share, in points', () => {
    const [found] = composeReconciliations(
      [],
      [aSign(WarningSignKind.EXCUSES, IndicatorState.ALERT, 'fell')],
      AGAINST,
    );
    expect(found.text).toContain(`fell ${shareChange(0.08, 0.1).label.slice(1)} from ${AGAINST}`);
    expect(found.text).toContain('the value is 8%');
  });
});
