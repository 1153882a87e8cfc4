import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ItemEventsService, singleEventPath } from '../items/item-events.service';
import { ItemEventType } from '../items/item.enums';
import {
  ContactException,
  type LogContactInput,
  type LogContactReceipt,
} from './dto/log-contact.input';
import { IntakeService, singleItemPath } from './intake.service';

const EXCEPTION_EVENTS: Record<ContactException, ItemEventType> = {
  [ContactException.GRANTED]: ItemEventType.EXCEPTION_GRANTED,
  [ContactException.REFUSED]: ItemEventType.EXCEPTION_REFUSED,
};

/**
 * A contact and the exception decided with the customer, in one transaction: either both are
 * stored or neither, so a failure can never leave a contact without the decision taken on it.
 */
@Injectable()
export class LogContactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly itemEvents: ItemEventsService,
  ) {}

  async logContact(input: LogContactInput, principal: Principal): Promise<LogContactReceipt> {
    const { exception, ...contact } = input;
    return this.dataSource.transaction(async (manager) => {
      const [stored] = await this.intake.storeItems(
        [contact],
        principal,
        singleItemPath,
        { staged: false },
        manager,
      );
      const receipt = await this.intake.receiptFor(stored, principal);
      // A replay of an external id stores nothing new, the exception included.
      if (!exception || !stored.created) return { ...receipt, exception: null };
      const [event] = await this.itemEvents.record(
        [{ itemId: stored.id, type: EXCEPTION_EVENTS[exception], policyId: contact.policyId }],
        principal,
        singleEventPath,
        manager,
      );
      return { ...receipt, exception: event };
    });
  }
}
