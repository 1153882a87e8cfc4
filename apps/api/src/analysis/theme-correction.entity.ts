import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../auth/user.entity';
import { Item } from '../items/item.entity';

/** A person's correction of an item's themes: kept for the next training, and kept by re-analysis. */
@Entity('theme_corrections')
@Index('theme_corrections_item', ['itemId', 'correctedAt'])
export class ThemeCorrection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  /** The themes the item is about, according to the person (may be none). */
  @Column({ type: 'uuid', array: true })
  themeIds: string[];

  @Column({ type: 'uuid', nullable: true })
  correctedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'corrected_by_id' })
  correctedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;
}
