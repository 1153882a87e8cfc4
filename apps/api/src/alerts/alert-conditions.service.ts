import { Injectable } from '@nestjs/common';
import { DAY_MS } from '@fulcrum/signals';
import { BottlenecksService } from '../insights/bottlenecks/bottlenecks.service';
import { SignalCounting } from '../insights/read-model/counting';
import { dayOf } from '../insights/read-model/scope';
import { ComparisonMode, type InsightScopeInput } from '../insights/read-model/scope.types';
import { RisingService } from '../insights/rising/rising.service';
import { WarningSignsService } from '../insights/warning-signs/warning-signs.service';
import { AlertRuleKind } from './alert.enums';
import {
  backlogConditions,
  type HeldCondition,
  pageLink,
  risingConditions,
  type RuleSubject,
  slaBreachConditions,
  warningSignConditions,
} from './alert-conditions.compose';

/** Most rising themes and policies a rule looks at (the most severe come first). */
const RISING_LIMIT = 100;

/** Reads a rule's insight through the insight's own service, over the rule's window up to today. */
@Injectable()
export class AlertConditionsService {
  constructor(
    private readonly warningSigns: WarningSignsService,
    private readonly rising: RisingService,
    private readonly bottlenecks: BottlenecksService,
  ) {}

  async held(rule: RuleSubject & { windowDays: number }, now: Date): Promise<HeldCondition[]> {
    const today = Date.parse(`${dayOf(now.getTime())}T00:00:00Z`);
    const scope: InsightScopeInput = {
      from: dayOf(today - (rule.windowDays - 1) * DAY_MS),
      to: dayOf(today + DAY_MS),
      comparison: ComparisonMode.PREVIOUS,
    };
    const link = (path: string) => pageLink(path, scope.from, scope.to);
    switch (rule.kind) {
      case AlertRuleKind.WARNING_SIGN: {
        const { signs } = await this.warningSigns.warningSigns(scope);
        return warningSignConditions(rule, signs, link('/review'));
      }
      case AlertRuleKind.RISING: {
        const signals = await this.rising.risingSignals({
          ...scope,
          counting: SignalCounting.COMPLAINTS,
          limit: RISING_LIMIT,
        });
        return risingConditions(rule, [...signals.themes, ...signals.policies], link('/policies'));
      }
      case AlertRuleKind.BACKLOG: {
        const backlog = await this.bottlenecks.backlog(this.bottlenecksRequest(scope));
        return backlogConditions(rule, backlog, link('/bottlenecks'));
      }
      case AlertRuleKind.SLA_BREACHES: {
        const levels = await this.bottlenecks.serviceLevels(this.bottlenecksRequest(scope));
        return slaBreachConditions(rule, levels, link('/bottlenecks'));
      }
    }
  }

  private bottlenecksRequest(scope: InsightScopeInput) {
    return this.bottlenecks.request({ ...scope, limit: 1, dimensions: [] });
  }
}
