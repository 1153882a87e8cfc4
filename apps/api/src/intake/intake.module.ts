import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { CsvImportService } from './csv/csv-import.service';
import { IntakeResolver } from './intake.resolver';
import { IntakeService } from './intake.service';
import { LogContactResolver } from './log-contact.resolver';
import { LogContactService } from './log-contact.service';

@Module({
  imports: [ItemsModule],
  providers: [
    IntakeService,
    CsvImportService,
    IntakeResolver,
    LogContactService,
    LogContactResolver,
  ],
})
export class IntakeModule {}
