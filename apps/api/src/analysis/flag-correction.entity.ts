import { Column, Entity, Index } from 'typeorm';
import { FlagVerdict } from './analysis.enums';
import { FlagType } from '../items/item.enums';
import { ItemCorrectionColumns } from './item-correction.columns';

/**
 * A person's verdict on one kind of flag on an item: kept by re-analysis (a rejected flag stays
 * gone, a confirmed one stays), and the flagged words train the next sign model.
 */
@Entity('flag_corrections')
@Index('flag_corrections_item', ['itemId', 'type', 'correctedAt'])
export class FlagCorrection extends ItemCorrectionColumns {
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
}
