import { ValueFormat } from '../trends/trends.types';
import { countChange, shareChange } from './figures';
import { ChangeDirection } from './scope.types';
import {
  changeTone,
  changeVerdict,
  reconcileVerdicts,
  thresholdVerdict,
  thresholdWords,
  type UsualState,
  usualVerdict,
} from './verdicts';

const complaints = (current: number | null, previous: number | null) => ({
  label: 'Complaints',
  format: ValueFormat.COUNT,
  change: countChange(current, previous),
  higherIsBetter: false,
});

describe('changeVerdict', () => {
  it('names the comparison period, the previous value and whether the change is good news', () => {
    expect(changeVerdict(complaints(202, 203), 'Oct 2026')).toBe(
      'Complaints: 202, −0.5% against Oct 2026 (203): better.',
    );
    expect(changeVerdict(complaints(250, 200), 'Nov 2025')).toBe(
      'Complaints: 250, +25% against Nov 2025 (200): worse.',
    );
  });

  it('gives no verdict word for an unchanged figure, and says when there is nothing to compare', () => {
    expect(changeVerdict(complaints(5, 5), 'Oct 2026')).toBe(
      'Complaints: 5, no change against Oct 2026 (5).',
    );
    expect(changeVerdict(complaints(5, null), null)).toBe(
      'Complaints: 5, not compared (no comparison period chosen).',
    );
    expect(changeVerdict(complaints(5, null), 'Oct 2026')).toBe(
      'Complaints: 5; nothing to compare with in Oct 2026.',
    );
    expect(changeVerdict(complaints(null, 3), 'Oct 2026')).toBe(
      'Complaints: no data in the period.',
    );
  });

  it('writes shares in points and judges a rise good when higher is better', () => {
    const onTime = {
      label: 'First responses on time',
      format: ValueFormat.SHARE,
      change: shareChange(0.92, 0.9),
      higherIsBetter: true,
    };
    expect(changeVerdict(onTime, 'Oct 2026')).toBe(
      'First responses on time: 92%, +2 pts against Oct 2026 (90%): better.',
    );
  });
});

describe('changeTone', () => {
  it('reads a direction as good or bad news only when it is known which way is better', () => {
    const up = countChange(4, 2);
    expect(changeTone(up, true)).toBe('better');
    expect(changeTone(up, false)).toBe('worse');
    expect(changeTone(up, null)).toBe('none');
    expect(changeTone(countChange(2, 2), false)).toBe('unchanged');
    expect(changeTone(countChange(2, null), false)).toBe('none');
  });
});

describe('threshold and usual-level verdicts', () => {
  it('names the thresholds a sign is judged against and gives the previous value as context', () => {
    const thresholds = thresholdWords({ watchAt: 0.05, alertAt: 0.1 }, ValueFormat.SHARE);
    expect(thresholds).toBe('fixed thresholds (watch at 5%, alert at 10%)');
    expect(
      thresholdVerdict({
        label: 'Excuses',
        value: 0.12,
        format: ValueFormat.SHARE,
        state: 'alert',
        thresholds,
        previous: 0.09,
        against: 'Oct 2026',
      }),
    ).toBe(
      'Excuses: 12% against fixed thresholds (watch at 5%, alert at 10%): alert (9% in Oct 2026, shown for context).',
    );
    expect(thresholdWords({ watchAt: null, alertAt: null }, ValueFormat.SHARE)).toBe(
      'no threshold',
    );
  });

  it('names the weeks tested and the years they are compared with', () => {
    expect(
      usualVerdict({
        label: 'Complaints',
        ratio: 1.3,
        state: 'alert',
        window: '2 Nov – 29 Nov 2026',
        baseline: 'the same weeks (±3) of 2023–2025',
      }),
    ).toBe(
      'Complaints: 1.3× the usual weekly rate in 2 Nov – 29 Nov 2026, against the same weeks (±3) of 2023–2025: alert.',
    );
    expect(
      usualVerdict({
        label: 'Complaints',
        ratio: null,
        state: 'no-data',
        window: null,
        baseline: 'x',
      }),
    ).toBe('Complaints: not judged, too little history to compare with.');
  });
});

describe('reconcileVerdicts', () => {
  const standing = (state: UsualState, ratio = state === 'ok' ? 1.1 : 1.3) => ({
    state,
    baseline: 'the same weeks (±3) of 2023–2025',
    reading: `in 2 Nov – 29 Nov 2026 they ran at ${ratio}× the usual weekly rate`,
  });
  const both = (
    current: number,
    previous: number | null,
    state: UsualState,
    against: string | null = 'Oct 2026',
    judged = true,
  ) =>
    reconcileVerdicts({
      measure: 'complaints',
      change: countChange(current, previous),
      higherIsBetter: false,
      against,
      judged,
      standing: standing(state),
    });

  // Period verdict (fewer = better) × the other verdict: which pairs disagree.
  const cases: [string, number, UsualState, boolean][] = [
    ['fell', 90, 'alert', true],
    ['fell', 90, 'watch', true],
    ['fell', 90, 'ok', false],
    ['fell', 90, 'no-data', false],
    ['unchanged', 100, 'alert', true],
    ['unchanged', 100, 'watch', true],
    ['unchanged', 100, 'ok', false],
    ['unchanged', 100, 'no-data', false],
    ['rose', 120, 'alert', false],
    ['rose', 120, 'watch', false],
    ['rose', 120, 'ok', true],
    ['rose', 120, 'no-data', false],
  ];
  it.each(cases)(
    'complaints that %s (to %d) with the other verdict at %s: reconciled = %s',
    (_, current, state, reconciled) => {
      expect(both(current, 100, state) !== null).toBe(reconciled);
    },
  );

  it('says why a fall from last month and an alert against past years both hold', () => {
    expect(both(90, 100, 'alert')).toBe(
      'Complaints fell 10% from Oct 2026, but in 2 Nov – 29 Nov 2026 they ran at 1.3× the usual weekly rate: judged against the same weeks (±3) of 2023–2025, alert. Both hold, as they compare with different baselines: Oct 2026 was itself high, or the same weeks (±3) of 2023–2025 set a lower bar; the alert, against the same weeks (±3) of 2023–2025, is the one to act on.',
    );
  });

  it('says why a rise from last month raises no alert when it is within the usual level', () => {
    expect(both(120, 100, 'ok')).toBe(
      'Complaints rose 20% from Oct 2026, but in 2 Nov – 29 Nov 2026 they ran at 1.1× the usual weekly rate: judged against the same weeks (±3) of 2023–2025, no alert. Both hold, as they compare with different baselines: against the same weeks (±3) of 2023–2025, the rise from Oct 2026 is within the usual range, so it raises no alert.',
    );
  });

  it('has no "worse" to reconcile when the month-on-month reading is only shown for context', () => {
    expect(both(120, 100, 'ok', 'Oct 2026', false)).toBeNull();
    expect(both(90, 100, 'alert', 'Oct 2026', false)).toMatch(/^Complaints fell 10%/);
  });

  it('says "held level" for a flat month beside a watch, a verb for singular and plural measures', () => {
    expect(both(100, 100, 'watch')).toMatch(
      /^Complaints held level with Oct 2026, but .* the watch, against/,
    );
  });

  it('names a worse fall as a fall when higher is better', () => {
    const fall = reconcileVerdicts({
      measure: 'satisfaction',
      change: countChange(80, 100),
      higherIsBetter: true,
      against: 'Oct 2026',
      judged: true,
      standing: standing('ok'),
    });
    expect(fall).toMatch(
      /^Satisfaction fell 20% from Oct 2026, .* the fall from Oct 2026 is within/,
    );
  });

  it('has nothing to reconcile without a comparison period or without a previous value', () => {
    expect(both(90, 100, 'alert', null)).toBeNull();
    expect(both(90, null, 'alert')).toBeNull();
  });

  it('reads the direction of the change, not its label', () => {
    const change = { ...countChange(90, 100), direction: ChangeDirection.DOWN };
    expect(
      reconcileVerdicts({
        measure: 'complaints',
        change,
        higherIsBetter: false,
        against: 'Oct 2026',
        judged: true,
        standing: standing('alert'),
      }),
    ).toContain('fell 10% from Oct 2026');
  });
});
