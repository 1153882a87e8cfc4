import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DeepPartial, ObjectLiteral, Repository } from 'typeorm';
import { invalidField, notFound } from '../common/domain-error';
import { withUniqueFields } from '../common/unique-violation';
import type {
  CreatePolicyInput,
  CreateTeamInput,
  CreateThemeInput,
  SetServiceLevelInput,
  UpdatePolicyInput,
  UpdateTeamInput,
  UpdateThemeInput,
} from './dto/organisation.inputs';
import { Policy } from './policy.entity';
import { ServiceLevel } from './service-level.entity';
import { Team } from './team.entity';
import { Theme } from './theme.entity';

type Named = ObjectLiteral & { id: string; name: string };

/** Trims text and list entries, drops blank and repeated list entries; keeps absent fields absent. */
function tidy<T extends object>(input: T): T {
  const entries = Object.entries(input).map(([key, value]) => {
    if (typeof value === 'string') return [key, value.trim()];
    if (Array.isArray(value)) {
      return [key, [...new Set(value.map((entry) => String(entry).trim()).filter(Boolean))]];
    }
    return [key, value];
  });
  return Object.fromEntries(entries) as T;
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(Policy) private readonly policies: Repository<Policy>,
    @InjectRepository(Theme) private readonly themes: Repository<Theme>,
    @InjectRepository(ServiceLevel) private readonly serviceLevels: Repository<ServiceLevel>,
  ) {}

  listTeams = () => this.teams.find({ order: { name: 'ASC' } });
  listPolicies = () => this.policies.find({ order: { name: 'ASC' } });
  listThemes = () => this.themes.find({ order: { name: 'ASC' } });
  listServiceLevels = () => this.serviceLevels.find({ order: { kind: 'ASC', priority: 'ASC' } });

  createTeam = (input: CreateTeamInput) =>
    this.create<Team>(this.teams, 'teams_name_unique', input);
  updateTeam = (input: UpdateTeamInput) =>
    this.update<Team>(this.teams, 'teams_name_unique', 'Team', input);
  createPolicy = (input: CreatePolicyInput) =>
    this.create<Policy>(this.policies, 'policies_name_unique', input);
  updatePolicy = (input: UpdatePolicyInput) =>
    this.update<Policy>(this.policies, 'policies_name_unique', 'Policy', input);
  createTheme = (input: CreateThemeInput) =>
    this.create<Theme>(this.themes, 'themes_name_unique', input);
  updateTheme = (input: UpdateThemeInput) =>
    this.update<Theme>(this.themes, 'themes_name_unique', 'Theme', input);

  async setServiceLevel(input: SetServiceLevelInput): Promise<ServiceLevel> {
    if (input.resolutionMinutes < input.firstResponseMinutes) {
      throw invalidField(
        'resolutionMinutes',
        'notLessThanFirstResponse',
        'resolutionMinutes must not be less than firstResponseMinutes',
      );
    }
    await this.serviceLevels.upsert(input, { conflictPaths: ['kind', 'priority'] });
    return this.serviceLevels.findOneByOrFail({ kind: input.kind, priority: input.priority });
  }

  private create<T extends Named>(
    repository: Repository<T>,
    constraint: string,
    input: DeepPartial<T>,
  ): Promise<T> {
    return withUniqueFields({ [constraint]: 'name' }, () =>
      repository.save(repository.create(tidy(input))),
    );
  }

  private async update<T extends Named>(
    repository: Repository<T>,
    constraint: string,
    label: string,
    input: DeepPartial<T> & { id: string },
  ): Promise<T> {
    const record = await repository.findOneBy({ id: input.id } as never);
    if (!record) throw notFound(label, input.id);
    const changes = Object.fromEntries(
      Object.entries(tidy(input)).filter(([, value]) => value !== undefined),
    );
    return withUniqueFields({ [constraint]: 'name' }, () =>
      repository.save(repository.merge(record, changes as DeepPartial<T>)),
    );
  }
}
