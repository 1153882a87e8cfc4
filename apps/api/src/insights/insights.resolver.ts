import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ANALYSTS } from '../auth/role-groups';
import { ItemVolumeInput, VolumePoint } from './dto/item-volume.types';
import { InsightsService } from './insights.service';

@Resolver()
@Roles(ANALYSTS)
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Query(() => [VolumePoint], { description: 'Items received per period and kind.' })
  itemVolume(@Args('input') input: ItemVolumeInput): Promise<VolumePoint[]> {
    return this.insights.itemVolume(input);
  }
}
