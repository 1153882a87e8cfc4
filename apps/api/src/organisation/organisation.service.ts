import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createAnalyzer } from '@fulcrum/analysis';
import type { DeepPartial, EntityManager, ObjectLiteral, Repository } from 'typeorm';
import { ReanalysisService } from '../analysis/reanalysis.service';
import { ThemeExample } from '../analysis/theme-example.entity';
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

/** Keywords the analysis cannot read are refused here, with the library's reason, not later. */
function assertUsableKeywords(name: string, keywords: string[] | undefined): void {
  try {
    createAnalyzer({ themes: [{ name, keywords: keywords ?? [] }] });
  } catch (error) {
    throw invalidField('keywords', 'pattern', `keywords: ${(error as Error).message}`);
  }
}

async function replaceExamples(
  manager: EntityManager,
  themeId: string,
  examples: string[],
): Promise<void> {
  await manager.delete(ThemeExample, { themeId });
  await manager.insert(
    ThemeExample,
    [...new Set(examples.map((text) => text.trim()))].map((text) => ({ themeId, text })),
  );
}

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
    private readonly reanalysis: ReanalysisService,
  ) {}

  listTeams = () => this.teams.find({ order: { name: 'ASC' } });
  listPolicies = () => this.policies.find({ order: { name: 'ASC' } });
  listThemes = () => this.themes.find({ order: { name: 'ASC' } });
  listServiceLevels = () => this.serviceLevels.find({ order: { kind: 'ASC', priority: 'ASC' } });

  createTeam = (input: CreateTeamInput) =>
    this.create<Team>(this.teams, 'teams_name_unique', input);
  updateTeam = (input: UpdateTeamInput) =>
    this.update<Team>(this.teams, 'teams_name_unique', 'Team', input);

  // Policies and themes shape the analysis: a change re-analyses history in the background.
  async createPolicy(input: CreatePolicyInput): Promise<Policy> {
    const policy = await this.create<Policy>(this.policies, 'policies_name_unique', input);
    await this.reanalysis.configurationChanged(`policy "${policy.name}" added`);
    return policy;
  }

  async updatePolicy(input: UpdatePolicyInput): Promise<Policy> {
    const policy = await this.update<Policy>(
      this.policies,
      'policies_name_unique',
      'Policy',
      input,
    );
    if (input.name !== undefined || input.aliases !== undefined) {
      await this.reanalysis.configurationChanged(`policy "${policy.name}" changed`);
    }
    return policy;
  }

  async createTheme({ examples, ...input }: CreateThemeInput): Promise<Theme> {
    assertUsableKeywords(input.name, input.keywords);
    const theme = await this.themes.manager.transaction(async (manager) => {
      const saved = await this.create<Theme>(
        manager.getRepository(Theme),
        'themes_name_unique',
        input,
      );
      if (examples) await replaceExamples(manager, saved.id, examples);
      return saved;
    });
    await this.reanalysis.configurationChanged(`theme "${theme.name}" added`);
    return theme;
  }

  async updateTheme({ examples, ...input }: UpdateThemeInput): Promise<Theme> {
    if (input.keywords) {
      const current = await this.themes.findOneBy({ id: input.id });
      assertUsableKeywords(input.name ?? current?.name ?? 'theme', input.keywords);
    }
    const theme = await this.themes.manager.transaction(async (manager) => {
      const saved = await this.update<Theme>(
        manager.getRepository(Theme),
        'themes_name_unique',
        'Theme',
        input,
      );
      if (examples) await replaceExamples(manager, saved.id, examples);
      return saved;
    });
    if (input.name !== undefined || input.keywords !== undefined) {
      await this.reanalysis.configurationChanged(`theme "${theme.name}" changed`);
    }
    return theme;
  }

  examplesOf(themeId: string): Promise<ThemeExample[]> {
    return this.themes.manager.find(ThemeExample, {
      where: { themeId },
      order: { createdAt: 'ASC' },
    });
  }

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
