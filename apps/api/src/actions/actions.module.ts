import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsResolver } from './actions.resolver';
import { ActionsService } from './actions.service';
import { ImprovementAction } from './improvement-action.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ImprovementAction])],
  providers: [ActionsService, ActionsResolver],
})
export class ActionsModule {}
