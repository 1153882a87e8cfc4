import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ANALYSTS } from '../auth/role-groups';
import { ActionsService } from './actions.service';
import { CreateActionInput, OpenActionsInput, UpdateActionInput } from './dto/action.inputs';
import { ImprovementAction } from './improvement-action.entity';

@Resolver(() => ImprovementAction)
@Roles(ANALYSTS)
export class ActionsResolver {
  constructor(private readonly actions: ActionsService) {}

  @Query(() => [ImprovementAction])
  improvementActions(): Promise<ImprovementAction[]> {
    return this.actions.list();
  }

  @Query(() => ImprovementAction)
  improvementAction(@Args('id', { type: () => ID }) id: string): Promise<ImprovementAction> {
    return this.actions.get(id);
  }

  @Query(() => [ImprovementAction], {
    description:
      'The planned and under-way actions on a policy, oldest first: ask before opening another.',
  })
  openImprovementActions(@Args('input') input: OpenActionsInput): Promise<ImprovementAction[]> {
    return this.actions.openFor(input);
  }

  @Mutation(() => ImprovementAction)
  createImprovementAction(@Args('input') input: CreateActionInput): Promise<ImprovementAction> {
    return this.actions.create(input);
  }

  @Mutation(() => ImprovementAction)
  updateImprovementAction(@Args('input') input: UpdateActionInput): Promise<ImprovementAction> {
    return this.actions.update(input);
  }
}
