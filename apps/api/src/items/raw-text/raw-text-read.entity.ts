import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../auth/user.entity';
import { Item } from '../item.entity';

/** One read of an item's unmasked text: who, when, which item, and through which operation. */
@Entity('raw_text_reads')
@Index('raw_text_reads_item_read_at', ['itemId', 'readAt'])
export class RawTextRead {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'raw_text_reads_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  // An erased item takes its read log with it: nothing of it is left to read.
  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'raw_text_reads_item_id_fkey' })
  item?: Item;

  // Kept (nulled) when the reader's account is removed, like the other "who did it" columns;
  // the role stays so the log still says what kind of reader it was.
  @Column({ type: 'uuid', nullable: true })
  readerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reader_id', foreignKeyConstraintName: 'raw_text_reads_reader_id_fkey' })
  reader?: User | null;

  @Column({ type: 'text' })
  readerRole: string;

  /** The field read and the client's operation, e.g. `Item.rawText in ItemDetail`. */
  @Column({ type: 'text' })
  purpose: string;

  @CreateDateColumn({ type: 'timestamptz' })
  readAt: Date;
}
