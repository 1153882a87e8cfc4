import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Role } from '../auth/role.enum';
import { User } from '../auth/user.entity';
import { Item } from '../items/item.entity';

/** People who handle items and so can own one: not admins, not integrations. */
export const OWNER_ROLES = [Role.MANAGER, Role.PROCESS_OWNER, Role.STAFF];

/**
 * The person a manager made answerable for an item that needs attention. Without one, the owner
 * is whoever last acted on the item's timeline, else its team (insights/attention).
 */
@Entity('item_owners')
export class ItemOwner {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'item_owners_pkey' })
  itemId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'item_owners_item_id_fkey' })
  item?: Item;

  @Column({ type: 'uuid' })
  ownerId: string;

  // Removing a user removes the assignments they held: the default owner applies again.
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'item_owners_owner_id_fkey' })
  owner?: User;

  @Column({ type: 'uuid', nullable: true })
  assignedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'assigned_by_id',
    foreignKeyConstraintName: 'item_owners_assigned_by_id_fkey',
  })
  assignedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  assignedAt: Date;
}
