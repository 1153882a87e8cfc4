import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({
  imports: [ItemsModule],
  providers: [IntakeService, IntakeResolver],
})
export class IntakeModule {}
