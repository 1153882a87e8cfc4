import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ItemEvent } from '../items/item-event.entity';
import { Item } from '../items/item.entity';
import { FlagType } from '../items/item.enums';

/** A warning sign or protocol cue in an item's text or in one of its timeline entries (a staff reply). */
@Entity('item_flags')
@Index('item_flags_type_item', ['type', 'itemId'])
@Index('item_flags_item', ['itemId'])
export class ItemFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  /** Set when the flag was found in a timeline entry rather than the item's own text. */
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => ItemEvent, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event?: ItemEvent | null;

  @Column({ type: 'enum', enum: FlagType, enumName: 'flag_type' })
  type: FlagType;

  @Column({ type: 'real' })
  confidence: number;

  /** The words that raised the flag, as they read in the redacted text. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];
}
