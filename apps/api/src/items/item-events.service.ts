import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { itemScopeCondition } from '../auth/item-scope';
import type { Principal } from '../auth/principal';
import { invalidInput, type FieldProblem } from '../common/domain-error';
import type { RecordItemEventInput } from './dto/record-item-event.input';
import { EventTextAnalysis } from './event-text-analysis';
import { ItemEvent } from './item-event.entity';
import { ItemEventType, ViabilityDecision } from './item.enums';
import { Item } from './item.entity';
import { deriveLifecycle } from './lifecycle';

type FieldPath = (index: number, field: string) => string;
export const singleEventPath: FieldPath = (_index, field) => field;
export const batchEventPath: FieldPath = (index, field) => `events[${index}].${field}`;

const EXCEPTIONS = new Set([ItemEventType.EXCEPTION_GRANTED, ItemEventType.EXCEPTION_REFUSED]);

@Injectable()
export class ItemEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventTexts: EventTextAnalysis,
  ) {}

  /**
   * Adds events to item timelines and brings each item's status and timestamps in line with
   * its timeline, and looks for warning signs and protocol cues in the texts, all in one
   * transaction; the items are locked so concurrent writers queue. `within` is a transaction the
   * caller already holds, for events written together with something else (a logged contact).
   */
  async record(
    inputs: RecordItemEventInput[],
    principal: Principal,
    path: FieldPath,
    within?: EntityManager,
  ): Promise<ItemEvent[]> {
    const analyse = await this.eventTexts.prepare();
    const write = async (manager: EntityManager) => {
      const itemIds = [...new Set(inputs.map((input) => input.itemId))].sort();
      const query = manager
        .createQueryBuilder(Item, 'item')
        .setLock('pessimistic_write')
        .where('item.id IN (:...itemIds)', { itemIds });
      // Writing to a timeline takes the same row scope as reading it: an item the caller cannot
      // read is reported as unknown, exactly like one that does not exist.
      const scope = itemScopeCondition(principal, 'item');
      if (scope) query.andWhere(scope.sql, scope.params);
      const items = await query.orderBy('item.id').getMany();
      const itemsById = new Map(items.map((item) => [item.id, item]));
      const rows = await this.validate(manager, inputs, itemsById, path);
      const events = await manager.save(
        ItemEvent,
        rows.map((row) =>
          manager.create(ItemEvent, {
            ...row,
            actorId: principal.kind === 'user' ? principal.id : null,
          }),
        ),
      );
      await this.applyDecisions(manager, inputs);
      for (const item of itemsById.values()) await this.refreshLifecycle(manager, item);
      await analyse(manager, events);
      return events;
    };
    return within ? write(within) : this.dataSource.transaction(write);
  }

  private async validate(
    manager: EntityManager,
    inputs: RecordItemEventInput[],
    itemsById: Map<string, Item>,
    path: FieldPath,
  ): Promise<Partial<ItemEvent>[]> {
    const problems: FieldProblem[] = [];
    const problem = (index: number, field: string, rule: string, message: string) => {
      const fieldPath = path(index, field);
      problems.push({ field: fieldPath, rule, message: `${fieldPath} ${message}` });
    };
    const policyIds = [
      ...new Set(inputs.map((input) => input.policyId).filter((id): id is string => Boolean(id))),
    ];
    const knownPolicies = new Set(
      policyIds.length
        ? (
            await manager.query<{ id: string }[]>(
              'SELECT id FROM policies WHERE id = ANY($1::uuid[])',
              [policyIds],
            )
          ).map((row) => row.id)
        : [],
    );
    const teamIds = [
      ...new Set(
        inputs.map((input) => input.escalatedToTeamId).filter((id): id is string => Boolean(id)),
      ),
    ];
    const teamNames = new Map(
      teamIds.length
        ? (
            await manager.query<{ id: string; name: string }[]>(
              'SELECT id, name FROM teams WHERE id = ANY($1::uuid[])',
              [teamIds],
            )
          ).map((row) => [row.id, row.name])
        : [],
    );
    const now = new Date();
    const rows = inputs.map((input, index) => {
      const item = itemsById.get(input.itemId);
      if (!item) {
        problem(index, 'itemId', 'exists', 'names no known item');
        return {};
      }
      const occurredAt = input.occurredAt ?? now;
      if (occurredAt < item.receivedAt)
        problem(
          index,
          'occurredAt',
          'notBeforeItem',
          'must not be earlier than the item was received',
        );
      if (input.policyId && !knownPolicies.has(input.policyId))
        problem(index, 'policyId', 'exists', 'names no known policy');
      const escalatedToTeamId = input.escalatedToTeamId ?? null;
      if (escalatedToTeamId && !teamNames.has(escalatedToTeamId))
        problem(index, 'escalatedToTeamId', 'exists', 'names no known team');
      if (escalatedToTeamId && input.type !== ItemEventType.ESCALATED)
        problem(index, 'escalatedToTeamId', 'onlyForEscalation', 'is only for an escalation');
      const policyId = input.policyId ?? (EXCEPTIONS.has(input.type) ? item.policyId : null);
      if (EXCEPTIONS.has(input.type) && !policyId) {
        problem(
          index,
          'policyId',
          'requiredForException',
          'is required for an exception when the item has no policy',
        );
      }
      return {
        itemId: item.id,
        type: input.type,
        occurredAt,
        status: input.status ?? null,
        text: input.text?.trim() ?? null,
        escalatedTo:
          input.escalatedTo?.trim() ??
          (escalatedToTeamId ? (teamNames.get(escalatedToTeamId) ?? null) : null),
        escalatedToTeamId,
        policyId,
        satisfaction: input.satisfaction ?? null,
      };
    });
    if (problems.length > 0) throw invalidInput(problems);
    return rows;
  }

  /** An event that carries a decision makes it the item's decision; the batch's last one wins. */
  private async applyDecisions(manager: EntityManager, inputs: RecordItemEventInput[]) {
    const decisions = new Map<string, ViabilityDecision>();
    for (const input of inputs) if (input.viability) decisions.set(input.itemId, input.viability);
    for (const [itemId, viability] of decisions) await manager.update(Item, itemId, { viability });
  }

  private async refreshLifecycle(manager: EntityManager, item: Item): Promise<void> {
    const timeline = await manager.find(ItemEvent, {
      where: {
        itemId: item.id,
        type: In([
          ItemEventType.STATUS_CHANGED,
          ItemEventType.STAFF_REPLY,
          ItemEventType.SATISFACTION_CHECK,
        ]),
      },
      select: { type: true, occurredAt: true, status: true, satisfaction: true },
    });
    const next = deriveLifecycle(item, timeline);
    await manager.update(Item, item.id, {
      status: next.status,
      firstResponseAt: next.firstResponseAt,
      resolvedAt: next.resolvedAt,
      closedAt: next.closedAt,
      satisfaction: next.satisfaction,
    });
  }
}
