import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { CsvImportService } from './csv/csv-import.service';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';

@Module({
  imports: [ItemsModule],
  providers: [IntakeService, CsvImportService, IntakeResolver],
})
export class IntakeModule {}
