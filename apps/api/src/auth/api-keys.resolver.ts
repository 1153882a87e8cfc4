import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/id.input';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';
import { CurrentPrincipal, Roles } from './auth.decorators';
import { CreateApiKeyInput, CreatedApiKey } from './dto/auth.types';
import type { Principal } from './principal';
import { ADMINS } from './role-groups';

@Resolver(() => ApiKey)
@Roles(ADMINS)
export class ApiKeysResolver {
  constructor(private readonly apiKeysService: ApiKeysService) {}

  @Query(() => [ApiKey])
  apiKeys(): Promise<ApiKey[]> {
    return this.apiKeysService.list();
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates a key for an integration; the secret is shown once.',
  })
  createApiKey(
    @Args('input') input: CreateApiKeyInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CreatedApiKey> {
    return this.apiKeysService.create(input.name, principal.kind === 'user' ? principal.id : null);
  }

  @Mutation(() => ApiKey)
  revokeApiKey(@Args('input') input: IdInput): Promise<ApiKey> {
    return this.apiKeysService.revoke(input.id);
  }
}
