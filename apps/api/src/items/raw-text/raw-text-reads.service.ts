import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { mayReadRawText } from '../../auth/item-scope';
import type { Principal } from '../../auth/principal';
import { DomainError, ErrorCode } from '../../common/domain-error';
import type { Item } from '../item.entity';
import { RawTextRead } from './raw-text-read.entity';

/** Hands out an item's unmasked text only to those who may read it, and records every read. */
@Injectable()
export class RawTextReadsService {
  constructor(@InjectRepository(RawTextRead) private readonly reads: Repository<RawTextRead>) {}

  /** The raw text, once the read is on record; the record is written before the text leaves. */
  async read(item: Item, principal: Principal, purpose: string): Promise<string> {
    if (!mayReadRawText(principal, item)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Raw text is for managers, process owners and the person who logged the item',
      );
    }
    await this.reads.insert({
      itemId: item.id,
      readerId: principal.kind === 'user' ? principal.id : null,
      readerRole: principal.role,
      purpose,
    });
    return item.text;
  }
}
