import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';
import { Policy } from './policy.entity';
import { ServiceLevel } from './service-level.entity';
import { Team } from './team.entity';
import { Theme } from './theme.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Team, Policy, Theme, ServiceLevel])],
  providers: [OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
