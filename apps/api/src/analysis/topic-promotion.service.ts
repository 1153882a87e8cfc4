import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ItemsService } from '../items/items.service';
import { OrganisationService } from '../organisation/organisation.service';
import type { Theme } from '../organisation/theme.entity';
import type { AnalysisStatus } from './analysis.enums';
import type { PromoteEmergingTopicInput } from './dto/analysis.inputs';
import { ItemAnalysisReader } from './item-analysis.reader';
import { ThemeCorrectionsService } from './theme-corrections.service';

/**
 * An emerging topic becomes a theme like any other: its phrase the keyword (so re-analysis tags
 * history), the chosen items its labelled examples (masked text, for the next training) and
 * corrections (so those items carry the theme however the model later judges them).
 */
@Injectable()
export class TopicPromotionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsService,
    private readonly organisation: OrganisationService,
    private readonly corrections: ThemeCorrectionsService,
  ) {}

  async promote(input: PromoteEmergingTopicInput, principal: Principal): Promise<Theme> {
    const ids = [...new Set(input.itemIds)];
    // Read first: an item outside the caller's scope is not found, and nothing is created.
    for (const id of ids) await this.items.getById(id, principal);
    const rows = await this.dataSource.query<
      { id: string; text: string; redacted_text: string | null; status: AnalysisStatus | null }[]
    >(
      `SELECT i.id, i.text, a.redacted_text, a.status FROM items i
        LEFT JOIN item_analyses a ON a.item_id = i.id WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
    const examples = rows.map((row) =>
      ItemAnalysisReader.displayText(row.text, row.redacted_text, row.status),
    );
    const theme = await this.organisation.createTheme({
      name: input.name,
      description: `Promoted from the emerging topic “${input.phrase}”.`,
      keywords: [input.phrase],
      examples,
    });
    for (const itemId of ids) {
      const held = await this.dataSource.query<{ theme_id: string }[]>(
        'SELECT theme_id FROM item_themes WHERE item_id = $1',
        [itemId],
      );
      await this.corrections.correct(
        { itemId, themeIds: [...held.map((row) => row.theme_id), theme.id] },
        principal,
      );
    }
    return theme;
  }
}
