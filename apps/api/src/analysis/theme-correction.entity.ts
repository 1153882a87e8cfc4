import { Column, Entity, Index } from 'typeorm';
import { ItemCorrectionColumns } from './item-correction.columns';

/** A person's correction of an item's themes: kept for the next training, and kept by re-analysis. */
@Entity('theme_corrections')
@Index('theme_corrections_item', ['itemId', 'correctedAt'])
export class ThemeCorrection extends ItemCorrectionColumns {
  /** The themes the item is about, according to the person (may be none). */
  @Column({ type: 'uuid', array: true })
  themeIds: string[];
}
