import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { itemScopeCondition } from '../auth/item-scope';
import type { Principal } from '../auth/principal';
import { invalidField, notFound } from '../common/domain-error';
import { APP_CONFIG } from '../config/app-config';
import type { ResolvedConfig } from '../config/local-secrets';
import { pseudonymousRef } from './customer-ref';
import {
  type ItemFilterInput,
  type ItemPage,
  type ItemsArgs,
  SEARCH_COUNT_LIMIT,
} from './dto/items.args';
import type { NewItem } from './item-writer';
import { Policy } from '../organisation/policy.entity';
import { Team } from '../organisation/team.entity';
import { ItemEvent } from './item-event.entity';
import { searchCondition } from './search-condition';
import { Item } from './item.entity';

/**
 * Days of items a search's page looks at first, from the newest item (or the cursor) back, or
 * from the oldest forward: the word index finds matches in no order, so a page of a word in one
 * item in 300 read and sorted all 3,334 matches at 1,000,000 items. A window that holds a whole
 * page gives the same page as the whole search (every match outside it lies further along);
 * otherwise the next window is tried, then none.
 */
const SEARCH_WINDOWS_DAYS = [7, 49];
/**
 * Up to this many matches a search's page sorts them all (cheap), without windows: each window
 * reads a date range of the received-at index, wasted on a word in a handful of items. A small
 * count, on the page's side of the two connections, tells.
 */
const FEW_MATCHES = 200;

interface Cursor {
  receivedAt: string;
  id: string;
}

const encodeCursor = (item: Item) =>
  Buffer.from(
    JSON.stringify({ receivedAt: item.receivedAt.toISOString(), id: item.id } satisfies Cursor),
  ).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof value.receivedAt === 'string' && typeof value.id === 'string')
      return value as Cursor;
  } catch {
    // fall through to the error below
  }
  throw invalidField('after', 'cursor', 'after must be an endCursor returned by a previous page');
}

@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(Item) private readonly items: Repository<Item>,
    @InjectRepository(ItemEvent) private readonly events: Repository<ItemEvent>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(Policy) private readonly policies: Repository<Policy>,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  /** One item the caller may read; one outside its scope is "not found", as if absent. */
  async getById(id: string, principal: Principal): Promise<Item> {
    const query = this.baseQuery().where('item.id = :id', { id });
    this.applyScope(query, principal);
    const item = await query.getOne();
    if (!item) throw notFound('Item', id);
    return item;
  }

  async list(args: ItemsArgs, principal: Principal): Promise<ItemPage> {
    const query = this.baseQuery();
    this.applyFilter(query, args.filter ?? {});
    this.applyScope(query, principal);
    const cursor = args.after ? decodeCursor(args.after) : undefined;
    const search = Boolean(args.filter?.search);
    // Only a search's count is bounded: a filter's count is cheap through the indexes.
    const countLimit = search ? SEARCH_COUNT_LIMIT : Infinity;
    const counting = search ? this.countUpTo(query, countLimit + 1) : query.clone().getCount();
    // Cloned now, before the cursor: whether the search as a whole matches few items.
    const probing = search ? this.countUpTo(query, FEW_MATCHES + 1) : undefined;
    const direction = args.oldestFirst ? 'ASC' : 'DESC';
    if (cursor) {
      const after = args.oldestFirst ? '>' : '<';
      query.andWhere(`(item.receivedAt, item.id) ${after} (:cursorAt, :cursorId)`, {
        cursorAt: cursor.receivedAt,
        cursorId: cursor.id,
      });
    }
    query
      .orderBy('item.receivedAt', direction)
      .addOrderBy('item.id', direction)
      // Joins are many-to-one, so a plain LIMIT is exact (take() would add a DISTINCT subquery).
      .limit(args.first + 1);
    // The count and the page run side by side on two connections: a search that matches many
    // items spends most of its time counting them.
    const [totalCount, rows] = await Promise.all([
      counting,
      probing
        ? probing.then((probed) =>
            probed <= FEW_MATCHES
              ? query.getMany()
              : this.searchPage(query, args.first + 1, cursor, args.oldestFirst ?? false),
          )
        : query.getMany(),
    ]);
    const nodes = rows.slice(0, args.first);
    return {
      nodes,
      totalCount: Math.min(totalCount, countLimit),
      totalCountIsLowerBound: totalCount > countLimit,
      hasNextPage: rows.length > args.first,
      endCursor: nodes.length > 0 ? encodeCursor(nodes[nodes.length - 1]) : null,
    };
  }

  /** The first `limit` rows of an ordered search query, window by window (SEARCH_WINDOWS_DAYS). */
  private async searchPage(
    query: SelectQueryBuilder<Item>,
    limit: number,
    cursor: Cursor | undefined,
    oldestFirst: boolean,
  ): Promise<Item[]> {
    const edge = cursor
      ? 'CAST(:windowEdge AS timestamptz)'
      : `(SELECT ${oldestFirst ? 'min' : 'max'}(edge.received_at) FROM items edge)`;
    for (const days of SEARCH_WINDOWS_DAYS) {
      const rows = await query
        .clone()
        .andWhere(
          `item.receivedAt ${oldestFirst ? '<=' : '>='} ${edge} ${oldestFirst ? '+' : '-'} make_interval(days => :windowDays)`,
          { windowDays: days, ...(cursor ? { windowEdge: cursor.receivedAt } : {}) },
        )
        .getMany();
      if (rows.length >= limit) return rows;
    }
    return query.getMany();
  }

  /**
   * How many rows the query finds, counting no further than `limit`: a common word matches most
   * items, and counting them all reads every text (seconds at a million items).
   */
  private async countUpTo(query: SelectQueryBuilder<Item>, limit: number): Promise<number> {
    const [sql, params] = query.clone().select('1').orderBy().limit(limit).getQueryAndParameters();
    const [row] = await this.items.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (${sql}) AS counted`,
      params,
    );
    return row.count;
  }

  /** An item just written, as the API returns it; its team and policy resolve on demand. */
  fromNewItem(id: string, fields: NewItem): Item {
    return this.items.create({ ...fields, id, createdAt: new Date() });
  }

  teamOf(item: Item): Promise<Team | null> {
    return item.teamId ? this.teams.findOneBy({ id: item.teamId }) : Promise.resolve(null);
  }

  policyOf(item: Item): Promise<Policy | null> {
    return item.policyId ? this.policies.findOneBy({ id: item.policyId }) : Promise.resolve(null);
  }

  timeline(itemId: string): Promise<ItemEvent[]> {
    return this.events.find({ where: { itemId }, order: { occurredAt: 'ASC', createdAt: 'ASC' } });
  }

  private baseQuery(): SelectQueryBuilder<Item> {
    return this.items
      .createQueryBuilder('item')
      .leftJoinAndSelect('item.team', 'team')
      .leftJoinAndSelect('item.policy', 'policy');
  }

  private applyScope(query: SelectQueryBuilder<Item>, principal: Principal): void {
    const scope = itemScopeCondition(principal, 'item');
    if (scope) query.andWhere(scope.sql, scope.params);
  }

  private applyFilter(query: SelectQueryBuilder<Item>, filter: ItemFilterInput): void {
    const anyOf: [keyof ItemFilterInput, string][] = [
      ['kinds', 'item.kind'],
      ['sources', 'item.source'],
      ['channels', 'item.channel'],
      ['statuses', 'item.status'],
      ['teamIds', 'item.teamId'],
    ];
    for (const [key, column] of anyOf) {
      const values = filter[key];
      if (Array.isArray(values) && values.length > 0)
        query.andWhere(`${column} IN (:...${key})`, { [key]: values });
    }
    if (filter.receivedFrom)
      query.andWhere('item.receivedAt >= :receivedFrom', { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo)
      query.andWhere('item.receivedAt < :receivedTo', { receivedTo: filter.receivedTo });
    if (filter.customerRef) {
      // An e-mail or phone number finds the customer by its pseudonym (and rows stored before
      // contact data was pseudonymised at intake).
      const given = filter.customerRef.trim();
      const customerRefs = [...new Set([given, pseudonymousRef(given, this.config.pseudonymKey)])];
      query.andWhere('item.customerRef IN (:...customerRefs)', { customerRefs });
    }
    if (filter.policyIds?.length) {
      // Linked to a policy: explicitly, or because the analysis found it mentioned.
      query.andWhere(
        `(item.policyId IN (:...policyIds) OR EXISTS (SELECT 1 FROM item_policy_mentions m
           WHERE m.item_id = item.id AND m.policy_id IN (:...policyIds)))`,
        { policyIds: filter.policyIds },
      );
    }
    if (filter.themeIds?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM item_themes it WHERE it.item_id = item.id AND it.theme_id IN (:...themeIds))',
        {
          themeIds: filter.themeIds,
        },
      );
    }
    if (filter.flags?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM item_flags f WHERE f.item_id = item.id AND f.type IN (:...flags))',
        {
          flags: filter.flags,
        },
      );
    }
    if (filter.sentiments?.length) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM item_analyses a WHERE a.item_id = item.id AND a.sentiment IN (:...sentiments))',
        {
          sentiments: filter.sentiments,
        },
      );
    }
    if (filter.search) {
      const search = searchCondition(filter.search, 'item');
      query.andWhere(search.sql, search.params);
    }
  }
}
