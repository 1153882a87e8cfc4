import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { invalidField, invalidInput, notFound, type FieldProblem } from '../common/domain-error';
import { ActionStatus } from './action.enums';
import { ImprovementAction } from './improvement-action.entity';
import type { CreateActionInput, OpenActionsInput, UpdateActionInput } from './dto/action.inputs';

const LINKS = [
  ['policyId', 'policies', 'policy'],
  ['themeId', 'themes', 'theme'],
  ['teamId', 'teams', 'team'],
] as const;

/** An action still to be carried out or under way. */
export const OPEN_STATUSES = [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS];

@Injectable()
export class ActionsService {
  constructor(
    @InjectRepository(ImprovementAction) private readonly actions: Repository<ImprovementAction>,
    private readonly clock: Clock,
  ) {}

  list(): Promise<ImprovementAction[]> {
    return this.actions.find({
      order: { startedOn: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC' },
    });
  }

  /** The planned and under-way actions on a policy, oldest first: what a new one would repeat. */
  async openFor({ policyId }: OpenActionsInput): Promise<ImprovementAction[]> {
    await this.check(this.actions.create({ policyId }));
    return this.actions.find({
      where: { policyId, status: In(OPEN_STATUSES) },
      order: { createdAt: 'ASC' },
    });
  }

  async get(id: string): Promise<ImprovementAction> {
    const action = await this.actions.findOneBy({ id });
    if (!action) throw notFound('Improvement action', id);
    return action;
  }

  async create(input: CreateActionInput): Promise<ImprovementAction> {
    const action = this.actions.create({
      ...input,
      title: input.title.trim(),
      owner: input.owner.trim(),
    });
    this.recordEnd(action);
    await this.check(action);
    return this.actions.save(action);
  }

  async update(input: UpdateActionInput): Promise<ImprovementAction> {
    const action = await this.actions.findOneBy({ id: input.id });
    if (!action) throw notFound('Improvement action', input.id);
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    );
    const merged = this.actions.merge(action, changes);
    this.recordEnd(merged);
    await this.check(merged);
    return this.actions.save(merged);
  }

  /**
   * An abandoned action ends the day it was abandoned: without an end day it would count as
   * open in every later month. When none is given, today is the day its status changed (or its
   * start, if that is later: the action never began).
   */
  private recordEnd(action: ImprovementAction): void {
    if (action.status !== ActionStatus.ABANDONED || action.doneOn) return;
    const today = this.clock.now().toISOString().slice(0, 10);
    action.doneOn = action.startedOn && action.startedOn > today ? action.startedOn : today;
  }

  private async check(action: ImprovementAction): Promise<void> {
    if (action.startedOn && action.doneOn && action.doneOn < action.startedOn) {
      throw invalidField('doneOn', 'notBeforeStart', 'doneOn must not be earlier than startedOn');
    }
    const problems: FieldProblem[] = [];
    for (const [field, table, label] of LINKS) {
      const id = action[field];
      if (!id) continue;
      const [found] = await this.actions.query<unknown[]>(`SELECT 1 FROM ${table} WHERE id = $1`, [
        id,
      ]);
      if (!found)
        problems.push({ field, rule: 'exists', message: `${field} names no known ${label}` });
    }
    if (problems.length > 0) throw invalidInput(problems);
  }
}
