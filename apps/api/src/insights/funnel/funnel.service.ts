import { Injectable } from '@nestjs/common';
import type { FunnelCounts } from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import type { ComplaintFunnel } from './funnel.types';
import type { ComplaintFunnelInput } from './funnel.input';
import { composeFunnel, STEPS } from './funnel.compose';
import { InsightData } from '../read-model/insight-data.service';
import { resolveScope, type Scope } from '../read-model/scope';
import type { Measure } from '../read-model/rollups';
import { filterDrilldown } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;

@Injectable()
export class FunnelService {
  constructor(private readonly data: InsightData) {}

  complaintFunnel(input: ComplaintFunnelInput): Promise<ComplaintFunnel> {
    return this.funnel(resolveScope(input, MAX_PERIOD_DAYS, this.data.now()));
  }

  async funnel(scope: Scope): Promise<ComplaintFunnel> {
    const complaints = { ...scope.filter, kinds: [ItemKind.COMPLAINT] };
    const wanted =
      scope.filter.kinds.length === 0 || scope.filter.kinds.includes(ItemKind.COMPLAINT);
    const steps = STEPS.map((_, k) => k + 1);
    const measures = [
      'arrivals',
      ...steps.map((k) => `protocol_reached_${k}`),
      ...steps.map((k) => `protocol_done_${k}`),
    ] as Measure[];
    const read = async (period: { from: number; to: number }): Promise<FunnelCounts> => {
      const [row] = wanted
        ? await this.data.measures({
            filter: complaints,
            from: period.from,
            to: period.to,
            unit: null,
            measures,
          })
        : [];
      const m = (name: string) => Number((row as Record<string, unknown> | undefined)?.[name] ?? 0);
      return {
        total: m('arrivals'),
        reached: steps.map((k) => m(`protocol_reached_${k}`)),
        done: steps.map((k) => m(`protocol_done_${k}`)),
      };
    };
    const [current, previous] = await Promise.all([
      read(scope.period),
      scope.comparison ? read(scope.comparison) : Promise.resolve(null),
    ]);
    return composeFunnel({
      period: scope.period,
      comparison: scope.comparison,
      current,
      previous,
      drilldown: (extra) =>
        filterDrilldown(complaints, {
          receivedFrom: new Date(scope.period.from),
          receivedTo: new Date(scope.period.to),
          ...extra,
        }),
    });
  }
}
