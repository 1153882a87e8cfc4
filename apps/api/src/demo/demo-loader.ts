import {
  generateDemoData,
  type DemoData,
  type DemoItem,
  type DemoItemEvent,
  type DemoPulseEntry,
  type DemoStaffingEvent,
} from '@fulcrum/demo-data';
import { randomUUID } from 'node:crypto';
import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActionStatus } from '../actions/action.enums';
import {
  rebuildAggregates,
  refreshAllQueuedItems,
} from '../insights/aggregates/aggregates.service';
import { AnalysisModel } from '../analysis/analysis-model.entity';
import { ModelKind } from '../analysis/analysis.enums';
import { ThemeExample } from '../analysis/theme-example.entity';
import { trainInWorker } from '../analysis/training-task';
import { analyseEvents, newItemAnalysis } from '../analysis/analyse-texts';
import type { OrganisationAnalyzer } from '../analysis/analyzer.service';
import { analysingDistinctInputs } from '../analysis/distinct-inputs';
import { ImprovementAction } from '../actions/improvement-action.entity';
import type { Role } from '../auth/role.enum';
import { User } from '../auth/user.entity';
import { Policy } from '../organisation/policy.entity';
import { ServiceLevel } from '../organisation/service-level.entity';
import { Team } from '../organisation/team.entity';
import { Theme } from '../organisation/theme.entity';
import { hashPassword } from '../auth/password';
import { unnestInsert } from '../database/unnest-insert';
import { insertAnalysed, type NewItem } from '../items/item-writer';
import type {
  Channel,
  ItemKind,
  ItemSource,
  ItemStatus,
  Priority,
  ViabilityDecision,
} from '../items/item.enums';

/** Tables the demo organisation fills, children first so TRUNCATE … CASCADE reads naturally. */
const DEMO_TABLES = [
  'item_events',
  'items',
  'theme_examples',
  'analysis_models',
  'pulse_entries',
  'staffing_events',
  'improvement_actions',
  'service_levels',
  'api_keys',
  'users',
  'themes',
  'policies',
  'teams',
];

type KeyMap = Map<string, string>;

const PARALLEL_BATCHES = 2;
/** The demo's items, events and flags reach PostgreSQL by COPY (the bulk path). */
const BULK = { staged: true };
/** Labelled items the demo organisation's theme model learned from, and their generator seed. */
const LABELLED_HISTORY = 3_000;
const LABELLED_HISTORY_SEED = 7_919;

/** Timeline entries whose text staff wrote: where excuses, blame and protocol cues show. */
const STAFF_WRITTEN = new Set([
  'staff_reply',
  'escalated',
  'follow_up',
  'exception_granted',
  'exception_refused',
]);

export interface DemoIds {
  teams: KeyMap;
  policies: KeyMap;
  themes: KeyMap;
  users: KeyMap;
}

export interface LoadProgress {
  loaded: number;
  total: number;
}

const lookup = (map: KeyMap, key: string | null | undefined, what: string): string | null => {
  if (key == null) return null;
  const id = map.get(key);
  if (!id) throw new Error(`Demo data names an unknown ${what} "${key}"`);
  return id;
};

/**
 * Writes a generated demo organisation with bulk statements: the organisation and people data
 * in one transaction, then the items batch by batch (each batch with its events in one
 * transaction), so a million items load in minutes and memory stays flat.
 */
export class DemoLoader {
  constructor(private readonly manager: EntityManager) {}

  async clear(): Promise<void> {
    await this.manager.query(`TRUNCATE ${DEMO_TABLES.join(', ')} CASCADE`);
  }

  /** The organisation and its people data: enough to sign in and find one's way. */
  async loadOrganisation(data: DemoData, password: string): Promise<DemoIds> {
    // A hash (and so a salt) per user: a shared salt would make every demo hash crack together.
    const passwordHashes = await Promise.all(
      data.organisation.users.map(
        async (user) => [user.email, await hashPassword(password)] as const,
      ),
    );
    return this.manager.transaction(async (tx) => {
      const loaded = await this.storeOrganisation(tx, data, new Map(passwordHashes));
      await this.loadPeopleData(tx, data.pulseEntries, data.staffingEvents, loaded);
      return loaded;
    });
  }

  /**
   * The theme model, then the items batch by batch. `analyzer` is asked for once the model is
   * active. With `live`, each batch's insight aggregates follow it through the refresh queue
   * (the dashboard fills in while the load runs); otherwise they are rebuilt once at the end,
   * which is quicker in total.
   */
  async loadItems(
    data: DemoData,
    ids: DemoIds,
    analyzer: () => Promise<OrganisationAnalyzer>,
    onProgress: (progress: LoadProgress) => Promise<void> | void,
    { live }: { live: boolean },
  ): Promise<void> {
    await this.loadLabelledHistory(data, ids.themes);
    // Timelines repeat staff replies: each distinct text is analysed once (same text, same result).
    const built = analysingDistinctInputs(await analyzer());
    // Two batches in flight: one is analysed while PostgreSQL writes the other.
    const writing = new Set<Promise<void>>();
    let loaded = 0;
    for (const batch of data.items) {
      const write = this.manager
        .transaction(async (tx) => {
          if (!live) await tx.query(`SET LOCAL fulcrum.bulk_load = 'on'`);
          await this.storeBatch(tx, batch, ids, built);
        })
        .then(() => {
          loaded += batch.length;
          return onProgress({ loaded, total: data.itemCount });
        });
      const settle = () => writing.delete(write);
      writing.add(write);
      write.then(settle, settle);
      if (writing.size >= PARALLEL_BATCHES) await Promise.race(writing);
    }
    await Promise.all(writing);
    await this.manager.query(`ANALYZE ${DEMO_TABLES.join(', ')}`);
    // Live: the last batches' queued items are refreshed too, so "loaded" means "in the figures".
    if (live) await refreshAllQueuedItems(this.manager);
    else await rebuildAggregates(this.manager);
  }

  /**
   * An organisation that has used Fulcrum for a while has labelled examples for its themes and a
   * theme model trained on them. The examples come from other items of the same organisation
   * (another seed, so none of them is an item loaded here); the model is active before any item
   * is analysed. Training takes seconds of CPU: it runs in a worker thread (a background load
   * leaves the API answering), before the transaction that stores the examples and the model.
   */
  private async loadLabelledHistory(data: DemoData, themeIds: KeyMap): Promise<void> {
    const history = generateDemoData({
      now: data.now,
      items: LABELLED_HISTORY,
      seed: LABELLED_HISTORY_SEED,
      stories: false,
    });
    const examples: { text: string; themes: string[] }[] = [];
    for (const batch of history.items) {
      for (const item of batch)
        if (item.themeKeys.length > 0) examples.push({ text: item.text, themes: item.themeKeys });
    }
    const names = new Map(data.organisation.themes.map((theme) => [theme.key, theme.name]));
    const trained = await trainInWorker({
      kind: 'theme',
      examples: examples.map((example) => ({
        text: example.text,
        themes: example.themes.map((key) => names.get(key) ?? key),
      })),
      themes: data.organisation.themes.map((theme) => ({
        name: theme.name,
        keywords: theme.keywords,
      })),
    });
    await this.manager.transaction(async (tx) => {
      await unnestInsert<{ themeKey: string; text: string }>(
        tx,
        'theme_examples',
        [
          {
            name: 'theme_id',
            type: 'uuid',
            value: (row) => lookup(themeIds, row.themeKey, 'theme'),
          },
          { name: 'text', type: 'text', value: (row) => row.text },
        ],
        examples.flatMap((example) =>
          example.themes.map((themeKey) => ({ themeKey, text: example.text })),
        ),
      );
      await tx.insert(AnalysisModel, {
        kind: ModelKind.THEME,
        version: trained.version,
        active: true,
        exampleCount: examples.length,
        metrics: trained.quality ? { ...trained.quality } : null,
        model: trained.model as object,
      });
    });
  }

  /** A few dozen rows: plain entity inserts, keyed back to the generator's keys. */
  private async storeOrganisation(
    tx: EntityManager,
    data: DemoData,
    passwordHashes: ReadonlyMap<string, string>,
  ): Promise<DemoIds> {
    const { organisation } = data;
    const keyed = async <E extends ObjectLiteral>(
      entity: EntityTarget<E>,
      rows: { key: string; values: DeepPartial<E> }[],
    ) => {
      const result = await tx.insert(
        entity,
        rows.map((row) => row.values as QueryDeepPartialEntity<E>),
      );
      return new Map(rows.map((row, index) => [row.key, String(result.identifiers[index].id)]));
    };
    const teams = await keyed(
      Team,
      organisation.teams.map(({ key, name, description, staffCount }) => ({
        key,
        values: { name, description, staffCount },
      })),
    );
    const policies = await keyed(
      Policy,
      organisation.policies.map(({ key, name, description, owner, aliases }) => ({
        key,
        values: { name, description, owner, aliases },
      })),
    );
    const themes = await keyed(
      Theme,
      organisation.themes.map(({ key, name, description, keywords }) => ({
        key,
        values: { name, description, keywords },
      })),
    );
    await tx.insert(
      ThemeExample,
      organisation.themes.flatMap((theme) =>
        theme.examples.map((text) => ({
          themeId: lookup(themes, theme.key, 'theme') ?? undefined,
          text,
        })),
      ),
    );
    await tx.insert(
      ServiceLevel,
      organisation.serviceLevels.map((level) => ({
        ...level,
        kind: level.kind as ItemKind,
        priority: level.priority as Priority,
      })),
    );
    const users = await keyed(
      User,
      organisation.users.map((user) => ({
        key: user.email,
        values: {
          email: user.email,
          displayName: user.displayName,
          role: user.role as Role,
          teamId: lookup(teams, user.teamKey, 'team'),
          passwordHash: passwordHashes.get(user.email),
        },
      })),
    );
    await tx.insert(
      ImprovementAction,
      organisation.actions.map((action) => ({
        title: action.title,
        description: action.description,
        owner: action.owner,
        policyId: lookup(policies, action.policyKey, 'policy'),
        themeId: lookup(themes, action.themeKey, 'theme'),
        teamId: lookup(teams, action.teamKey, 'team'),
        status: action.status as ActionStatus,
        startedOn: action.startedOn,
        doneOn: action.doneOn,
      })),
    );
    return { teams, policies, themes, users };
  }

  private async loadPeopleData(
    tx: EntityManager,
    pulse: DemoPulseEntry[],
    staffing: DemoStaffingEvent[],
    ids: DemoIds,
  ): Promise<void> {
    await unnestInsert(
      tx,
      'pulse_entries',
      [
        {
          name: 'team_id',
          type: 'uuid',
          value: (entry) => lookup(ids.teams, entry.teamKey, 'team'),
        },
        { name: 'submitted_on', type: 'date', value: (entry) => entry.submittedOn },
        { name: 'workload', type: 'smallint', value: (entry) => entry.workload },
        { name: 'text', type: 'text', value: (entry) => entry.text },
        { name: 'anonymous', type: 'boolean', value: (entry) => entry.anonymous },
        {
          name: 'author_id',
          type: 'uuid',
          value: (entry) => (entry.anonymous ? null : lookup(ids.users, entry.authorEmail, 'user')),
        },
      ],
      pulse,
    );
    await unnestInsert(
      tx,
      'staffing_events',
      [
        {
          name: 'team_id',
          type: 'uuid',
          value: (event) => lookup(ids.teams, event.teamKey, 'team'),
        },
        { name: 'type', type: 'staffing_event_type', value: (event) => event.type },
        { name: 'occurred_on', type: 'date', value: (event) => event.occurredOn },
        { name: 'sick_days', type: 'int', value: (event) => event.sickDays ?? null },
      ],
      staffing,
    );
  }

  private async storeBatch(
    tx: EntityManager,
    batch: DemoItem[],
    ids: DemoIds,
    built: OrganisationAnalyzer,
  ): Promise<void> {
    const stored = await insertAnalysed(
      tx,
      newItemAnalysis(built),
      batch.map((item) => toNewItem(item, ids)),
      BULK,
    );
    const events = batch.flatMap((item, index) =>
      item.events.map((event) => ({ id: randomUUID(), itemId: stored[index].id, event })),
    );
    await unnestInsert<{ id: string; itemId: string; event: DemoItemEvent }>(
      tx,
      'item_events',
      [
        { name: 'id', type: 'uuid', value: (row) => row.id },
        { name: 'item_id', type: 'uuid', value: (row) => row.itemId },
        { name: 'type', type: 'item_event_type', value: (row) => row.event.type },
        {
          name: 'occurred_at',
          type: 'timestamptz',
          value: (row) => row.event.occurredAt.toISOString(),
        },
        { name: 'status', type: 'item_status', value: (row) => row.event.status ?? null },
        { name: 'text', type: 'text', value: (row) => row.event.text ?? null },
        { name: 'escalated_to', type: 'text', value: (row) => row.event.escalatedTo ?? null },
        {
          name: 'policy_id',
          type: 'uuid',
          value: (row) => lookup(ids.policies, row.event.policyKey, 'policy'),
        },
        { name: 'satisfaction', type: 'smallint', value: (row) => row.event.satisfaction ?? null },
        {
          name: 'actor_id',
          type: 'uuid',
          value: (row) => lookup(ids.users, row.event.actorEmail, 'user'),
        },
      ],
      events,
      '',
      BULK,
    );
    await analyseEvents(
      tx,
      built,
      events
        .filter((row) => STAFF_WRITTEN.has(row.event.type))
        .map((row) => ({ id: row.id, itemId: row.itemId, text: row.event.text ?? null })),
      BULK,
    );
  }
}

function toNewItem(item: DemoItem, ids: DemoIds): NewItem {
  return {
    kind: item.kind as ItemKind,
    source: item.source as ItemSource,
    channel: item.channel as Channel,
    teamId: lookup(ids.teams, item.teamKey, 'team'),
    policyId: lookup(ids.policies, item.policyKey, 'policy'),
    text: item.text,
    customerRef: item.customerRef,
    priority: item.priority as Priority,
    status: item.status as ItemStatus,
    viability: item.viability as ViabilityDecision | null,
    satisfaction: item.satisfaction,
    receivedAt: item.receivedAt,
    firstResponseAt: item.firstResponseAt,
    resolvedAt: item.resolvedAt,
    closedAt: item.closedAt,
    externalId: item.externalId,
    externalSource: item.externalSource,
    recordedById: lookup(ids.users, item.recordedByEmail, 'user'),
    recordedByApiKeyId: null,
    // The demo's staff reports are signed; its anonymous voice is the pulse.
    anonymous: false,
  };
}
