import { Severity, SignalDimension, type RisingSignal } from '../insights/rising/rising.types';
import {
  IndicatorState,
  type WarningSign,
  WarningSignKind,
} from '../insights/warning-signs/warning-signs.types';
import type { Backlog, ServiceLevels } from '../insights/bottlenecks/bottlenecks.types';
import { AlertRuleKind } from './alert.enums';
import type { AlertRule } from './alert-rule.entity';

// Pure: what each kind of rule sees in the insights' own results. The figures are the
// insights' (warning signs, rising, bottlenecks); a rule only decides whether they cross its line.

/** A subject for which a rule's condition holds now. */
export interface HeldCondition {
  subjectKey: string;
  title: string;
  message: string;
  value: number | null;
  link: string;
}

export type RuleSubject = Pick<AlertRule, 'kind' | 'name' | 'sign' | 'dimension' | 'threshold'>;

/** The dashboard page of a period: its months in the URL, as the pages read them. */
export function pageLink(path: string, from: string, to: string): string {
  return `${path}?from=${from.slice(0, 7)}&to=${to.slice(0, 7)}`;
}

export function warningSignConditions(
  rule: RuleSubject,
  signs: readonly WarningSign[],
  link: string,
): HeldCondition[] {
  return signs
    .filter(
      (sign) => sign.state === IndicatorState.ALERT && (!rule.sign || sign.sign === rule.sign),
    )
    .map((sign) => ({
      subjectKey: `sign:${sign.sign}`,
      title: `${rule.name}: warning sign “${sign.label}” entered Alert`,
      message: sign.verdict,
      value: sign.value,
      link,
    }));
}

export function risingConditions(
  rule: RuleSubject,
  signals: readonly RisingSignal[],
  link: string,
): HeldCondition[] {
  return signals
    .filter(
      (signal) =>
        signal.severity === Severity.ALERT &&
        (!rule.dimension || signal.dimension === rule.dimension),
    )
    .map((signal) => ({
      subjectKey: `${signal.dimension}:${signal.subject.id}`,
      title: `${rule.name}: ${signal.dimension === SignalDimension.THEME ? 'theme' : 'policy'} “${signal.subject.name}” is rising`,
      message: signal.verdict,
      value: signal.observed,
      link,
    }));
}

export function backlogConditions(
  rule: RuleSubject,
  backlog: Pick<Backlog, 'count' | 'ageP90Hours'>,
  link: string,
): HeldCondition[] {
  if (rule.threshold === null || backlog.count < rule.threshold) return [];
  const age =
    backlog.ageP90Hours === null
      ? ''
      : `; 9 in 10 are younger than ${Math.round(backlog.ageP90Hours / 24)} days`;
  return [
    {
      subjectKey: 'backlog',
      title: `${rule.name}: ${backlog.count} open items (threshold ${rule.threshold})`,
      message: `The backlog holds ${backlog.count} open items, at or above the rule’s ${rule.threshold}${age}.`,
      value: backlog.count,
      link,
    },
  ];
}

export function slaBreachConditions(
  rule: RuleSubject,
  levels: Pick<ServiceLevels, 'firstResponse' | 'resolution'>,
  link: string,
): HeldCondition[] {
  const first = levels.firstResponse.breached;
  const resolution = levels.resolution.breached;
  const breaches = first + resolution;
  if (rule.threshold === null || breaches < rule.threshold) return [];
  return [
    {
      subjectKey: 'sla',
      title: `${rule.name}: ${breaches} service-level breaches (threshold ${rule.threshold})`,
      message: `${first} late first responses and ${resolution} late resolutions among the items received in the window, at or above the rule’s ${rule.threshold}.`,
      value: breaches,
      link,
    },
  ];
}

/** The kinds that need a threshold, and those that read a warning sign. */
export const THRESHOLD_KINDS = [AlertRuleKind.BACKLOG, AlertRuleKind.SLA_BREACHES];
export const SIGN_KINDS = Object.values(WarningSignKind);

/**
 * What changes at an evaluation: the subjects whose condition starts to hold fire; those that
 * still hold stay quiet; those that stopped are recorded as no longer holding, so they can
 * fire again later.
 */
export function diffConditions(
  previouslyHeld: ReadonlySet<string>,
  now: readonly HeldCondition[],
): { entering: HeldCondition[]; stopped: string[] } {
  const current = new Set(now.map((condition) => condition.subjectKey));
  return {
    entering: now.filter((condition) => !previouslyHeld.has(condition.subjectKey)),
    stopped: [...previouslyHeld].filter((key) => !current.has(key)),
  };
}
