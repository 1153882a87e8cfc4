import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ThemeExample } from '../analysis/theme-example.entity';
import { Roles } from '../auth/auth.decorators';
import { ANYONE_SIGNED_IN, CONFIGURERS, ORGANISERS } from '../auth/role-groups';
import {
  CreatePolicyInput,
  CreateTeamInput,
  CreateThemeInput,
  SetServiceLevelInput,
  UpdatePolicyInput,
  UpdateTeamInput,
  UpdateThemeInput,
} from './dto/organisation.inputs';
import { OrganisationService } from './organisation.service';
import { Policy } from './policy.entity';
import { ServiceLevel } from './service-level.entity';
import { Team } from './team.entity';
import { Theme } from './theme.entity';

@Resolver(() => Theme)
export class OrganisationResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Roles(ANYONE_SIGNED_IN)
  @Query(() => [Team])
  teams(): Promise<Team[]> {
    return this.organisation.listTeams();
  }

  @Roles(ANYONE_SIGNED_IN)
  @Query(() => [Policy])
  policies(): Promise<Policy[]> {
    return this.organisation.listPolicies();
  }

  @Roles(ANYONE_SIGNED_IN)
  @Query(() => [Theme])
  themes(): Promise<Theme[]> {
    return this.organisation.listThemes();
  }

  @ResolveField(() => [ThemeExample], { description: 'Labelled example texts.' })
  @Roles(CONFIGURERS)
  examples(@Parent() theme: Theme): Promise<ThemeExample[]> {
    return this.organisation.examplesOf(theme.id);
  }

  @Roles(ANYONE_SIGNED_IN)
  @Query(() => [ServiceLevel])
  serviceLevels(): Promise<ServiceLevel[]> {
    return this.organisation.listServiceLevels();
  }

  @Roles(ORGANISERS)
  @Mutation(() => Team)
  createTeam(@Args('input') input: CreateTeamInput): Promise<Team> {
    return this.organisation.createTeam(input);
  }

  @Roles(ORGANISERS)
  @Mutation(() => Team)
  updateTeam(@Args('input') input: UpdateTeamInput): Promise<Team> {
    return this.organisation.updateTeam(input);
  }

  @Roles(CONFIGURERS)
  @Mutation(() => Policy)
  createPolicy(@Args('input') input: CreatePolicyInput): Promise<Policy> {
    return this.organisation.createPolicy(input);
  }

  @Roles(CONFIGURERS)
  @Mutation(() => Policy)
  updatePolicy(@Args('input') input: UpdatePolicyInput): Promise<Policy> {
    return this.organisation.updatePolicy(input);
  }

  @Roles(CONFIGURERS)
  @Mutation(() => Theme)
  createTheme(@Args('input') input: CreateThemeInput): Promise<Theme> {
    return this.organisation.createTheme(input);
  }

  @Roles(CONFIGURERS)
  @Mutation(() => Theme)
  updateTheme(@Args('input') input: UpdateThemeInput): Promise<Theme> {
    return this.organisation.updateTheme(input);
  }

  @Roles(ORGANISERS)
  @Mutation(() => ServiceLevel)
  setServiceLevel(@Args('input') input: SetServiceLevelInput): Promise<ServiceLevel> {
    return this.organisation.setServiceLevel(input);
  }
}
