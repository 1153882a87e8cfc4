import { Injectable } from '@nestjs/common';
import { findWastefulPolicies, type PolicyActivity, scoreFriction } from '@fulcrum/signals';
import { ItemKind } from '../../items/item.enums';
import { SignalCounting } from '../read-model/counting';
import { SignalDimension } from '../rising/rising.types';
import {
  type FrictionPartName,
  type PolicyHotspot,
  type PolicyHotspots,
  type PolicyHotspotsInput,
  type PolicyTeamCell,
  type Quote,
  type WastefulPolicy,
} from './hotspots.types';
import { HOUR_MS, toShare } from '../read-model/figures';
import { InsightData } from '../read-model/insight-data.service';
import { RisingService } from '../rising/rising.service';
import { testedWeeks } from '../rising/rising.compose';
import { Dimension } from '../read-model/rollups';
import { periodRange, resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, filterDrilldown, iso, Sql, where } from '../read-model/sql';

export const MAX_PERIOD_DAYS = 366;

interface CellRow {
  cur: boolean;
  policy_id: string;
  team_id: string | null;
  linked: number;
  explicit: number;
  mentions: number;
  complaints: number;
  requests: number;
  negative: number;
  granted: number;
  refused: number;
  soft: number;
  hard: number;
  escalated: number;
  wait_ms: number;
}

type Activity = PolicyActivity & {
  explicitLinks: number;
  mentions: number;
  requests: number;
};

const emptyActivity = (policyId: string, name: string): Activity => ({
  policyId,
  name,
  linkedItems: 0,
  explicitLinks: 0,
  mentions: 0,
  complaints: 0,
  requests: 0,
  negativeItems: 0,
  exceptionsGranted: 0,
  exceptionsRefused: 0,
  softNoes: 0,
  hardNoes: 0,
  escalations: 0,
  addedWaitHours: 0,
});

function addCell(activity: Activity, row: CellRow): Activity {
  return {
    ...activity,
    linkedItems: activity.linkedItems + Number(row.linked),
    explicitLinks: activity.explicitLinks + Number(row.explicit),
    mentions: activity.mentions + Number(row.mentions),
    complaints: activity.complaints + Number(row.complaints),
    requests: activity.requests + Number(row.requests),
    negativeItems: activity.negativeItems + Number(row.negative),
    exceptionsGranted: activity.exceptionsGranted + Number(row.granted),
    exceptionsRefused: activity.exceptionsRefused + Number(row.refused),
    softNoes: activity.softNoes + Number(row.soft),
    hardNoes: activity.hardNoes + Number(row.hard),
    escalations: activity.escalations + Number(row.escalated),
    addedWaitHours: activity.addedWaitHours + Number(row.wait_ms) / HOUR_MS,
  };
}

@Injectable()
export class HotspotsService {
  constructor(
    private readonly data: InsightData,
    private readonly rising: RisingService,
  ) {}

  async policyHotspots(input: PolicyHotspotsInput): Promise<PolicyHotspots> {
    const scope = resolveScope(input, MAX_PERIOD_DAYS, this.data.now());
    return this.hotspots(scope, input.limit, input.quotes);
  }

  async hotspots(scope: Scope, limit: number, quotesPer: number): Promise<PolicyHotspots> {
    // Listing per policy, the policy filter chooses the policies rather than the items.
    const policyIds = scope.filter.policyIds;
    const itemsFilter = { ...scope.filter, policyIds: [] };
    const tested = testedWeeks(scope.period, scope.now);
    const [names, cells, trends] = await Promise.all([
      this.data.names(),
      this.cells({ ...scope, filter: itemsFilter }, policyIds),
      tested
        ? this.rising.signals({
            filter: itemsFilter,
            counting: SignalCounting.COMPLAINTS,
            tested,
            dimension: SignalDimension.POLICY,
            subjectIds: policyIds,
          })
        : Promise.resolve([]),
    ]);
    const trendOf = new Map(trends.map((signal) => [signal.subject.id, signal]));
    const subjects = policyIds.length
      ? policyIds.filter((id) => names.policies.has(id))
      : [...names.policies.keys()];
    const activity = (cur: boolean, team?: string | null) => {
      const byPolicy = new Map(
        subjects.map((id) => [id, emptyActivity(id, names.policies.get(id) ?? 'Unknown')]),
      );
      for (const row of cells) {
        if (row.cur !== cur || (team !== undefined && row.team_id !== team)) continue;
        const current = byPolicy.get(row.policy_id);
        if (current) byPolicy.set(row.policy_id, addCell(current, row));
      }
      return [...byPolicy.values()];
    };
    const current = activity(true).map((a) => {
      const trend = trendOf.get(a.policyId);
      return { ...a, trendRatio: trend?.tested ? trend.rateRatio : null };
    });
    const previous = scope.comparison ? activity(false) : [];
    const scores = scoreFriction(current);
    const previousScores = new Map(scoreFriction(previous).map((s) => [s.policyId, s.score]));
    const activityOf = new Map(current.map((a) => [a.policyId, a]));
    const listed = scores
      .filter((s) => (activityOf.get(s.policyId)?.linkedItems ?? 0) > 0)
      .slice(0, limit);
    const waste = findWastefulPolicies(current);
    const quoted = [
      ...new Set([...listed.map((s) => s.policyId), ...waste.map((w) => w.policyId)]),
    ];
    const quotes =
      quotesPer > 0 && quoted.length
        ? await this.quotes(scope, quoted, quotesPer)
        : new Map<string, Quote[]>();
    const drilldown = (policyId: string, teamId?: string) =>
      filterDrilldown(itemsFilter, {
        receivedFrom: new Date(scope.period.from),
        receivedTo: new Date(scope.period.to),
        linkedPolicyIds: [policyId],
        ...(teamId ? { teamIds: [teamId] } : {}),
      });

    const policies = listed.map((score, index): PolicyHotspot => {
      const a = activityOf.get(score.policyId) ?? emptyActivity(score.policyId, score.name);
      const trend = trendOf.get(score.policyId);
      return {
        rank: index + 1,
        policy: { id: score.policyId, name: score.name },
        score: score.score,
        previousScore: scope.comparison ? (previousScores.get(score.policyId) ?? null) : null,
        parts: score.parts.map((part) => ({ ...part, name: part.name as FrictionPartName })),
        activity: a,
        rising: trend?.severity ?? ('none' as PolicyHotspot['rising']),
        trendRatio: trend?.tested ? trend.rateRatio : null,
        explanation: score.explanation,
        trendExplanation: trend?.explanation ?? null,
        quotes: quotes.get(score.policyId) ?? [],
        drilldown: drilldown(score.policyId),
      };
    });

    // The matrix: every team with linked items of a listed policy, scored cell by cell.
    const teamIds = [
      ...new Set(
        cells
          .filter((row) => row.cur && row.team_id)
          .flatMap((row) => (row.team_id ? [row.team_id] : [])),
      ),
    ];
    const teams = teamIds
      .map((id) => ({ id, name: names.teams.get(id) ?? 'Unknown' }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const cellActivities = teams.flatMap((team) =>
      activity(true, team.id)
        .filter((a) => listed.some((s) => s.policyId === a.policyId) && a.linkedItems > 0)
        .map((a) => ({ ...a, policyId: `${a.policyId}|${team.id}` })),
    );
    const matrix = scoreFriction(cellActivities).map((cell): PolicyTeamCell => {
      const [policyId, teamId] = cell.policyId.split('|');
      const a =
        cellActivities.find((c) => c.policyId === cell.policyId) ??
        emptyActivity(cell.policyId, cell.name);
      return {
        policy: { id: policyId, name: names.policies.get(policyId) ?? 'Unknown' },
        team: { id: teamId, name: names.teams.get(teamId) ?? 'Unknown' },
        score: cell.score,
        linkedItems: a.linkedItems,
        complaints: a.complaints,
        exceptions: a.exceptionsGranted + a.exceptionsRefused,
        drilldown: drilldown(policyId, teamId),
      };
    });

    const wastefulCandidates = waste.map((candidate): WastefulPolicy => ({
      policy: { id: candidate.policyId, name: candidate.name },
      waiverRate: toShare(candidate.waiverRate),
      complaints: candidate.complaints,
      reasons: candidate.reasons,
      quotes: quotes.get(candidate.policyId) ?? [],
      drilldown: drilldown(candidate.policyId),
    }));
    return {
      period: periodRange(scope.period),
      comparisonPeriod: scope.comparison ? periodRange(scope.comparison) : null,
      policies,
      teams,
      matrix,
      wastefulCandidates,
    };
  }

  /**
   * Activity per policy × team in the period (cur) and the comparison period: counts from the
   * rollups, plus the internal waits still under way (the rollups hold finished waits only).
   */
  private async cells(scope: Scope, policyIds: string[]): Promise<CellRow[]> {
    const periods = [
      { cur: true, period: scope.period },
      ...(scope.comparison ? [{ cur: false, period: scope.comparison }] : []),
    ];
    const [counts, open] = await Promise.all([
      Promise.all(
        periods.map(({ period }) =>
          this.data.measures({
            filter: scope.filter,
            from: period.from,
            to: period.to,
            unit: null,
            measures: [
              'arrivals',
              'explicit_links',
              'mention_links',
              'negative',
              'exceptions_granted',
              'exceptions_refused',
              'soft_noes',
              'hard_noes',
              'escalated',
              'waiting_internal_ms',
            ],
            groupBy: ['dim_id', 'team_id', 'kind'],
            per: Dimension.POLICY,
          }),
        ),
      ),
      this.openWaits(scope),
    ]);
    const wanted = (id: string | undefined) =>
      !!id && (!policyIds.length || policyIds.includes(id));
    const cells = new Map<string, CellRow>();
    periods.forEach(({ cur }, index) => {
      for (const row of counts[index]) {
        if (!wanted(row.dim_id)) continue;
        const key = `${cur}|${row.dim_id}|${row.team_id ?? ''}`;
        const cell = cells.get(key) ?? {
          cur,
          policy_id: row.dim_id ?? '',
          team_id: row.team_id ?? null,
          linked: 0,
          explicit: 0,
          mentions: 0,
          complaints: 0,
          requests: 0,
          negative: 0,
          granted: 0,
          refused: 0,
          soft: 0,
          hard: 0,
          escalated: 0,
          wait_ms: 0,
        };
        cell.linked += row.arrivals;
        cell.explicit += row.explicit_links;
        cell.mentions += row.mention_links;
        if (row.kind === ItemKind.COMPLAINT) cell.complaints += row.arrivals;
        if (row.kind === ItemKind.REQUEST) cell.requests += row.arrivals;
        cell.negative += row.negative;
        cell.granted += row.exceptions_granted;
        cell.refused += row.exceptions_refused;
        cell.soft += row.soft_noes;
        cell.hard += row.hard_noes;
        cell.escalated += row.escalated;
        cell.wait_ms += row.waiting_internal_ms;
        cells.set(key, cell);
      }
    });
    for (const row of open) {
      const cell = cells.get(`${row.cur}|${row.policy_id}|${row.team_id ?? ''}`);
      if (cell) cell.wait_ms += Number(row.wait_ms);
    }
    return [...cells.values()];
  }

  /** Internal waits still under way for linked items of the periods (open items: few, indexed). */
  private openWaits(
    scope: Scope,
  ): Promise<{ cur: boolean; policy_id: string; team_id: string | null; wait_ms: number }[]> {
    const sql = new Sql();
    const conditions = filterConditions(sql, scope.filter);
    const now = sql.p(iso(scope.now), 'timestamptz');
    const range = (p: { from: number; to: number }) =>
      `(f.received_at >= ${sql.p(iso(p.from), 'timestamptz')} AND f.received_at < ${sql.p(iso(p.to), 'timestamptz')})`;
    const current = range(scope.period);
    conditions.push(
      'f.resolved_at IS NULL',
      `f.status = 'waiting_internal'`,
      scope.comparison ? `(${current} OR ${range(scope.comparison)})` : current,
    );
    return this.data.query(
      `SELECT ${current} AS cur, p AS policy_id, f.team_id,
              sum(greatest(0, date_part('epoch', ${now} - f.status_since) * 1000))::float8 AS wait_ms
         FROM insight_item_facts f CROSS JOIN LATERAL unnest(f.linked_policy_ids) AS p
         ${where(conditions)} GROUP BY 1, 2, 3`,
      sql.params,
    );
  }

  /** The most telling redacted quotes per policy: complaints first, most negative first. */
  async quotes(
    scope: Scope,
    policyIds: string[],
    perPolicy: number,
  ): Promise<Map<string, Quote[]>> {
    const sql = new Sql();
    const conditions = filterConditions(sql, { ...scope.filter, policyIds: [] });
    conditions.push(
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
      // Not `&&`: the planner would read every linked item of history through the array index.
      'cardinality(f.linked_policy_ids) > 0',
      `(f.kind = 'complaint' OR f.sentiment = 'negative')`,
    );
    const rows = await this.data.query<{
      policy_id: string;
      item_id: string;
      received_at: Date;
      text: string;
    }>(
      `WITH ranked AS MATERIALIZED (
         SELECT p AS policy_id, f.item_id, f.received_at,
                row_number() OVER (PARTITION BY p ORDER BY (f.kind = 'complaint') DESC, f.sentiment_score ASC NULLS LAST, f.received_at DESC, f.item_id) AS rn
           FROM insight_item_facts f
           CROSS JOIN LATERAL unnest(f.linked_policy_ids) AS p
           ${where(conditions)} AND p = ANY(${sql.p(policyIds, 'uuid[]')})
       )
       SELECT r.policy_id, r.item_id, r.received_at, left(a.redacted_text, 400) AS text
         FROM ranked r
         CROSS JOIN LATERAL (SELECT x.redacted_text FROM item_analyses x WHERE x.item_id = r.item_id) a
        WHERE r.rn <= ${Number(perPolicy)} AND a.redacted_text IS NOT NULL
        ORDER BY r.policy_id, r.rn`,
      sql.params,
    );
    const quotes = new Map<string, Quote[]>();
    for (const row of rows) {
      const list = quotes.get(row.policy_id) ?? [];
      list.push({ itemId: row.item_id, text: row.text, receivedAt: new Date(row.received_at) });
      quotes.set(row.policy_id, list);
    }
    return quotes;
  }
}
