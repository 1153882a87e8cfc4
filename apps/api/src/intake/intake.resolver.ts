import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { PublicThrottlerGuard } from '../auth/public-throttler.guard';
import { BULK_INTAKE, FORM_USERS, ITEM_USERS } from '../auth/role-groups';
import {
  CustomerReceipt,
  StaffPulseReceipt,
  SubmitCustomerFeedbackInput,
  ItemReceipt,
  ItemBatchReceipt,
  SubmitStaffPulseInput,
} from './dto/intake.types';
import { SubmitItemInput, SubmitItemsInput } from './dto/submit-item.input';
import { CsvImportService } from './csv/csv-import.service';
import { ImportItemsCsvInput, ImportReport } from './csv/csv-import.types';
import { IntakeService } from './intake.service';

@Resolver()
export class IntakeResolver {
  constructor(
    private readonly intake: IntakeService,
    private readonly csvImport: CsvImportService,
  ) {}

  @Roles(ITEM_USERS)
  @Mutation(() => ItemReceipt, {
    description:
      'Stores one item. Resubmitting the same externalSource + externalId returns the stored item to the sender that wrote it; anyone else gets CONFLICT.',
  })
  submitItem(
    @Args('input') input: SubmitItemInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ItemReceipt> {
    return this.intake.submitItem(input, principal);
  }

  @Roles(BULK_INTAKE)
  @Mutation(() => ItemBatchReceipt, {
    description: 'Stores 1 to 1,000 items, all or nothing; idempotent per external id.',
  })
  submitItems(
    @Args('input') input: SubmitItemsInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ItemBatchReceipt> {
    return this.intake.submitItems(input.items, principal);
  }

  @Public()
  @UseGuards(PublicThrottlerGuard)
  @Mutation(() => CustomerReceipt, { description: 'Public, rate-limited: the customer form.' })
  submitCustomerFeedback(
    @Args('input') input: SubmitCustomerFeedbackInput,
  ): Promise<CustomerReceipt> {
    return this.intake.submitCustomerFeedback(input);
  }

  @Roles(FORM_USERS)
  @Mutation(() => StaffPulseReceipt, {
    description: "A staff member's workload and obstacles, anonymous if they choose.",
  })
  submitStaffPulse(
    @Args('input') input: SubmitStaffPulseInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<StaffPulseReceipt> {
    return this.intake.submitStaffPulse(input, principal);
  }

  @Roles(BULK_INTAKE)
  @Mutation(() => ImportReport, {
    description:
      'Imports a helpdesk CSV export: valid rows are stored, rejected rows reported by line; re-imports store nothing twice.',
  })
  importItemsCsv(
    @Args('input') input: ImportItemsCsvInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ImportReport> {
    return this.csvImport.import(input, principal);
  }
}
