import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { Item } from '../items/item.entity';

/** What every correction of an item's analysis records: the item, who corrected it and when. */
export abstract class ItemCorrectionColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Column({ type: 'uuid', nullable: true })
  correctedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'corrected_by_id' })
  correctedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;
}
