import { Severity, SignalDimension, type RisingSignal } from '../insights/rising/rising.types';
import {
  IndicatorState,
  type WarningSign,
  WarningSignKind,
} from '../insights/warning-signs/warning-signs.types';
import { AlertRuleKind } from './alert.enums';
import {
  backlogConditions,
  diffConditions,
  type HeldCondition,
  pageLink,
  risingConditions,
  type RuleSubject,
  slaBreachConditions,
  warningSignConditions,
} from './alert-conditions.compose';

const rule = (overrides: Partial<RuleSubject>): RuleSubject => ({
  kind: AlertRuleKind.WARNING_SIGN,
  name: 'Rule',
  sign: null,
  dimension: null,
  threshold: null,
  ...overrides,
});

const sign = (kind: WarningSignKind, state: IndicatorState) =>
  ({ sign: kind, label: kind, state, value: 0.12, verdict: `${kind} is ${state}` }) as WarningSign;

const signal = (dimension: SignalDimension, id: string, severity: Severity) =>
  ({ dimension, subject: { id, name: id }, severity, observed: 9, verdict: 'up' }) as RisingSignal;

const held = (subjectKey: string): HeldCondition => ({
  subjectKey,
  title: subjectKey,
  message: '',
  value: null,
  link: '/',
});

describe('alert conditions', () => {
  it('holds for the warning signs in Alert only (Watch does not fire), for the sign named', () => {
    const signs = [
      sign(WarningSignKind.EXCUSES, IndicatorState.ALERT),
      sign(WarningSignKind.OVERWHELM, IndicatorState.WATCH),
      sign(WarningSignKind.LOSING_CUSTOMERS, IndicatorState.ALERT),
    ];
    expect(warningSignConditions(rule({}), signs, '/review').map((c) => c.subjectKey)).toEqual([
      'sign:excuses',
      'sign:losing-customers',
    ]);
    const one = warningSignConditions(rule({ sign: WarningSignKind.OVERWHELM }), signs, '/review');
    expect(one).toEqual([]);
  });

  it('holds for each theme or policy rising to Alert, in the dimension asked for', () => {
    const signals = [
      signal(SignalDimension.THEME, 't1', Severity.ALERT),
      signal(SignalDimension.THEME, 't2', Severity.WATCH),
      signal(SignalDimension.POLICY, 'p1', Severity.ALERT),
    ];
    const kind = AlertRuleKind.RISING;
    expect(risingConditions(rule({ kind }), signals, '/').map((c) => c.subjectKey)).toEqual([
      'theme:t1',
      'policy:p1',
    ]);
    const policies = rule({ kind, dimension: SignalDimension.POLICY });
    expect(risingConditions(policies, signals, '/').map((c) => c.subjectKey)).toEqual([
      'policy:p1',
    ]);
  });

  it('holds for the backlog and SLA breaches at or above the threshold, not below', () => {
    const backlog = rule({ kind: AlertRuleKind.BACKLOG, threshold: 10 });
    expect(backlogConditions(backlog, { count: 9, ageP90Hours: null }, '/')).toEqual([]);
    expect(backlogConditions(backlog, { count: 10, ageP90Hours: 48 }, '/')[0]).toMatchObject({
      subjectKey: 'backlog',
      value: 10,
    });
    const sla = rule({ kind: AlertRuleKind.SLA_BREACHES, threshold: 5 });
    const levels = (first: number, resolution: number) =>
      ({ firstResponse: { breached: first }, resolution: { breached: resolution } }) as never;
    expect(slaBreachConditions(sla, levels(2, 2), '/')).toEqual([]);
    expect(slaBreachConditions(sla, levels(3, 2), '/')[0].value).toBe(5);
  });

  it('fires what starts to hold, keeps quiet on what still holds, and releases what stopped', () => {
    const { entering, stopped } = diffConditions(new Set(['a', 'b']), [held('b'), held('c')]);
    expect(entering.map((c) => c.subjectKey)).toEqual(['c']);
    expect(stopped).toEqual(['a']);
    expect(diffConditions(new Set(['b']), [held('b')]).entering).toEqual([]);
  });

  it('links to the page of the window’s months', () => {
    expect(pageLink('/bottlenecks', '2026-02-21', '2026-03-21')).toBe(
      '/bottlenecks?from=2026-02&to=2026-03',
    );
  });
});
