import { redactPii } from '@fulcrum/analysis';
import { Injectable } from '@nestjs/common';
import { OWNER_ROLES } from '../../attention/item-owner.entity';
import type { ItemKind, ItemStatus, Priority } from '../../items/item.enums';
import {
  escalationDestination,
  firstResponseOverdue,
  isOpen,
  lastUpdate,
  resolutionOverdue,
} from '../read-model/attention-sql';
import { InsightData } from '../read-model/insight-data.service';
import { periodRange, resolveScope, type Scope } from '../read-model/scope';
import { filterConditions, iso, Sql } from '../read-model/sql';
import {
  composeEscalations,
  composeOpen,
  composeSinceUpdate,
  daysOf,
  type EscalationRow,
  hoursOf,
  type OpenRow,
} from './attention.compose';
import type { AttentionInput } from './attention.input';
import {
  type Attention,
  type AttentionItem,
  type AttentionOwner,
  AttentionReason,
  OwnerSource,
} from './attention.types';

export const MAX_PERIOD_DAYS = 366;
const RECENT_ESCALATIONS = 20;

interface OpenItemRow extends OpenRow {
  item_id: string;
  kind: ItemKind;
  priority: Priority;
  status: ItemStatus;
  received_at: Date;
  last_update: Date;
  overdue_ms: number | null;
  escalations: number;
}

interface OwnerRow {
  id: string;
  owner_id: string | null;
  owner_name: string | null;
  actor_id: string | null;
  actor_name: string | null;
}

@Injectable()
export class AttentionService {
  constructor(private readonly data: InsightData) {}

  async attention(input: AttentionInput): Promise<Attention> {
    const scope = resolveScope(input, MAX_PERIOD_DAYS, this.data.now());
    const [open, escalations, arrivals, names, assignable] = await Promise.all([
      this.openItems(scope, input.staleDays),
      this.escalations(scope),
      this.arrivalsByTeam(scope),
      this.data.names(),
      this.data.query<{ id: string; name: string }>(
        `SELECT id, display_name AS name FROM users
          WHERE active AND role = ANY($1::role[]) ORDER BY display_name, id`,
        [OWNER_ROLES],
      ),
    ]);
    const needing = open
      .filter((row) => row.first_response_overdue || row.resolution_overdue || row.no_update)
      .sort((a, b) => urgency(b, input.staleDays) - urgency(a, input.staleDays))
      .slice(0, input.limit);
    const owners = await this.owners(needing.map((row) => row.item_id));
    return {
      asOf: new Date(scope.now),
      staleDays: input.staleDays,
      period: periodRange(scope.period),
      ...composeOpen(open, scope.filter, input.staleDays, names.teams),
      sinceLastUpdate: composeSinceUpdate(open, scope.filter),
      items: needing.map((row) => toItem(row, owners.get(row.item_id), names.teams)),
      escalations: composeEscalations({
        rows: escalations,
        arrivalsByTeam: arrivals,
        filter: scope.filter,
        period: scope.period,
        teams: names.teams,
        recentLimit: RECENT_ESCALATIONS,
        mask: (text) => redactPii(text).text,
      }),
      assignable,
    };
  }

  /** Every open item in the filter, judged against its targets and its last update now. */
  private async openItems(scope: Scope, staleDays: number): Promise<OpenItemRow[]> {
    const sql = new Sql();
    const now = sql.p(iso(scope.now), 'timestamptz');
    const days = sql.p(staleDays, 'int');
    const conditions = [isOpen(), ...filterConditions(sql, scope.filter)];
    const age = `(date_part('epoch', ${now} - o.received_at) * 1000)`;
    const rows = await this.data.query<OpenItemRow>(
      `WITH o AS (
         SELECT f.item_id, f.team_id, f.kind, f.priority, f.status, f.received_at, f.escalations,
                f.first_response_target_ms, f.resolution_target_ms,
                ${lastUpdate()} AS last_update,
                ${firstResponseOverdue(now)} AS first_response_overdue,
                ${resolutionOverdue(now)} AS resolution_overdue
           FROM insight_item_facts f WHERE ${conditions.join(' AND ')})
       SELECT o.item_id, o.team_id, o.kind, o.priority, o.status, o.received_at, o.escalations,
              o.last_update, o.first_response_overdue, o.resolution_overdue,
              o.last_update <= ${now} - ${days} * interval '1 day' AS no_update,
              greatest(0, date_part('epoch', ${now} - o.last_update) * 1000) AS since_update_ms,
              greatest(CASE WHEN o.first_response_overdue THEN ${age} - o.first_response_target_ms END,
                       CASE WHEN o.resolution_overdue THEN ${age} - o.resolution_target_ms END) AS overdue_ms
         FROM o`,
      sql.params,
    );
    return rows.map((row) => ({
      ...row,
      since_update_ms: Number(row.since_update_ms),
      overdue_ms: row.overdue_ms === null ? null : Number(row.overdue_ms),
    }));
  }

  /** Escalations on items received in the period, with their recorded outcomes. */
  private async escalations(scope: Scope): Promise<EscalationRow[]> {
    const sql = new Sql();
    const conditions = [
      "e.type = 'escalated'",
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
      ...filterConditions(sql, scope.filter),
    ];
    return this.data.query<EscalationRow>(
      `SELECT e.id AS event_id, e.item_id, e.occurred_at, f.team_id,
              ${escalationDestination('e')} AS destination, u.display_name AS by_name,
              e.text AS reason, o.outcome, o.decided_at, f.resolved_at
         FROM item_events e
         JOIN insight_item_facts f ON f.item_id = e.item_id
         LEFT JOIN escalation_outcomes o ON o.event_id = e.id
         LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${conditions.join(' AND ')}`,
      sql.params,
    );
  }

  private async arrivalsByTeam(scope: Scope): Promise<Map<string, number>> {
    const sql = new Sql();
    const conditions = [
      'f.team_id IS NOT NULL',
      `f.received_at >= ${sql.p(iso(scope.period.from), 'timestamptz')}`,
      `f.received_at < ${sql.p(iso(scope.period.to), 'timestamptz')}`,
      ...filterConditions(sql, scope.filter),
    ];
    const rows = await this.data.query<{ team_id: string; items: number }>(
      `SELECT f.team_id, count(*)::int AS items FROM insight_item_facts f
        WHERE ${conditions.join(' AND ')} GROUP BY f.team_id`,
      sql.params,
    );
    return new Map(rows.map((row) => [row.team_id, row.items]));
  }

  /** The assigned owner, else the last active person on the timeline, else the recorder. */
  private async owners(itemIds: string[]): Promise<Map<string, OwnerRow>> {
    if (itemIds.length === 0) return new Map();
    const rows = await this.data.query<OwnerRow>(
      `SELECT i.id, io.owner_id, ou.display_name AS owner_name,
              coalesce(la.actor_id, rec.id) AS actor_id, coalesce(la.name, rec.display_name) AS actor_name
         FROM items i
         LEFT JOIN item_owners io ON io.item_id = i.id
         LEFT JOIN users ou ON ou.id = io.owner_id
         LEFT JOIN users rec ON rec.id = i.recorded_by_id AND rec.active
         LEFT JOIN LATERAL (
           SELECT e.actor_id, u.display_name AS name FROM item_events e
             JOIN users u ON u.id = e.actor_id AND u.active
            WHERE e.item_id = i.id ORDER BY e.occurred_at DESC LIMIT 1) la ON true
        WHERE i.id = ANY($1::uuid[])`,
      [itemIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

/** How far past the line an item is: the later-missed target, or the stale threshold. */
function urgency(row: OpenItemRow, staleDays: number): number {
  return Math.max(row.overdue_ms ?? -Infinity, row.since_update_ms - staleDays * 86_400_000);
}

function ownerOf(
  row: OpenItemRow,
  owner: OwnerRow | undefined,
  teams: ReadonlyMap<string, string>,
): AttentionOwner {
  if (owner?.owner_id)
    return { userId: owner.owner_id, name: owner.owner_name ?? '', source: OwnerSource.ASSIGNED };
  if (owner?.actor_id)
    return { userId: owner.actor_id, name: owner.actor_name ?? '', source: OwnerSource.LAST_ACTOR };
  if (row.team_id)
    return { userId: null, name: teams.get(row.team_id) ?? 'Unknown', source: OwnerSource.TEAM };
  return { userId: null, name: 'Unowned', source: OwnerSource.NONE };
}

function toItem(
  row: OpenItemRow,
  owner: OwnerRow | undefined,
  teams: ReadonlyMap<string, string>,
): AttentionItem {
  const reasons = [
    ...(row.first_response_overdue ? [AttentionReason.FIRST_RESPONSE_OVERDUE] : []),
    ...(row.resolution_overdue ? [AttentionReason.RESOLUTION_OVERDUE] : []),
    ...(row.no_update ? [AttentionReason.NO_UPDATE] : []),
  ];
  return {
    id: row.item_id,
    kind: row.kind,
    priority: row.priority,
    status: row.status,
    team: row.team_id ? { id: row.team_id, name: teams.get(row.team_id) ?? 'Unknown' } : null,
    receivedAt: row.received_at,
    lastUpdateAt: row.last_update,
    daysSinceUpdate: daysOf(row.since_update_ms),
    reasons,
    hoursOverdue: hoursOf(row.overdue_ms),
    owner: ownerOf(row, owner, teams),
    escalations: row.escalations,
  };
}
