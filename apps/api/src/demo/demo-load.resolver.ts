import { Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Roles } from '../auth/auth.decorators';
import { ANYONE_SIGNED_IN } from '../auth/role-groups';
import { DemoLoad } from './demo-load.entity';

/** Everyone who signs in to a fresh demo sees that its figures are still filling in. */
@Resolver(() => DemoLoad)
@Roles(ANYONE_SIGNED_IN)
export class DemoLoadResolver {
  constructor(@InjectRepository(DemoLoad) private readonly loads: Repository<DemoLoad>) {}

  @Query(() => DemoLoad, {
    nullable: true,
    description:
      "The first start's background load of the demo items; null when none was started (seeded by the command line, or no demo data).",
  })
  demoLoadProgress(): Promise<DemoLoad | null> {
    return this.loads.findOneBy({ id: 1 });
  }
}
