import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Item } from '../items/item.entity';
import { Policy } from '../organisation/policy.entity';

/** A policy the text names (by name, alias or a near miss), found by the analysis. */
@Entity('item_policy_mentions')
@Index('item_policy_mentions_policy', ['policyId', 'itemId'])
export class ItemPolicyMention {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'uuid' })
  policyId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @ManyToOne(() => Policy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy;

  @Column({ type: 'real' })
  confidence: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  evidence: string[];
}
