import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { invalidField, invalidInput, notFound, type FieldProblem } from '../common/domain-error';
import { ImprovementAction } from './improvement-action.entity';
import type { CreateActionInput, UpdateActionInput } from './dto/action.inputs';

const LINKS = [
  ['policyId', 'policies', 'policy'],
  ['themeId', 'themes', 'theme'],
  ['teamId', 'teams', 'team'],
] as const;

@Injectable()
export class ActionsService {
  constructor(
    @InjectRepository(ImprovementAction) private readonly actions: Repository<ImprovementAction>,
  ) {}

  list(): Promise<ImprovementAction[]> {
    return this.actions.find({
      order: { startedOn: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC' },
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
    await this.check(merged);
    return this.actions.save(merged);
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
