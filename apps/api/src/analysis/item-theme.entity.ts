import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Item } from '../items/item.entity';
import { Theme } from '../organisation/theme.entity';
import { ThemeOrigin } from './analysis.enums';

/** An item tagged with a theme; the row to filter and count by. */
@Entity('item_themes')
@Index('item_themes_theme', ['themeId', 'itemId'])
export class ItemTheme {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'uuid' })
  themeId: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @ManyToOne(() => Theme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id' })
  theme?: Theme;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'enum', enum: ThemeOrigin, enumName: 'theme_origin' })
  origin: ThemeOrigin;
}
