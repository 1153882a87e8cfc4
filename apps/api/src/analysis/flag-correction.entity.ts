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
import { FlagType, FlagVerdict } from './analysis.enums';

/**
 * A person's verdict on one kind of flag on an item: kept by re-analysis (a rejected flag stays
 * gone, a confirmed one stays), and the flagged words train the next sign model.
 */
@Entity('flag_corrections')
@Index('flag_corrections_item', ['itemId', 'type', 'correctedAt'])
export class FlagCorrection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Column({ type: 'enum', enum: FlagType, enumName: 'flag_type' })
  type: FlagType;

  @Column({ type: 'enum', enum: FlagVerdict, enumName: 'flag_verdict' })
  verdict: FlagVerdict;

  /** Who wrote the flagged words: the sign model reads customers' and staff's words apart. */
  @Column({ type: 'text' })
  writer: 'customer' | 'staff';

  /** The flagged words (masked) when the verdict was given: the training text, and never example wording once rejected. */
  @Column({ type: 'text', array: true })
  evidence: string[];

  @Column({ type: 'uuid', nullable: true })
  correctedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'corrected_by_id' })
  correctedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  correctedAt: Date;
}
