import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/auth.decorators';
import { ITEM_USERS } from '../auth/role-groups';
import { Item } from '../items/item.entity';
import { FlagType, SentimentLabel } from '../items/item.enums';
import { ItemAnalysisView, ItemThemeTag } from './dto/item-analysis.view';
import { ItemAnalysisReader } from './item-analysis.reader';

/**
 * The fields of an item that its analysis gives, the masked text among them. Here rather than in
 * items/, which knows nothing of the analysis: the analysis builds on items.
 */
@Resolver(() => Item)
@Roles(ITEM_USERS)
export class ItemAnalysisResolver {
  constructor(private readonly analyses: ItemAnalysisReader) {}

  @ResolveField(() => String, {
    description: 'The text with personal data masked: what screens and exports show.',
  })
  text(@Parent() item: Item): Promise<string> {
    return this.maskedText(item);
  }

  @ResolveField(() => String, {
    description: 'The same masked text as `text`, under the name earlier clients use.',
  })
  displayText(@Parent() item: Item): Promise<string> {
    return this.maskedText(item);
  }

  @ResolveField(() => SentimentLabel, { nullable: true })
  async sentiment(@Parent() item: Item): Promise<SentimentLabel | null> {
    return (await this.analyses.summaryOf(item)).sentiment;
  }

  @ResolveField(() => [ItemThemeTag], {
    description: 'Themes, best first (evidence is on analysis).',
  })
  async themes(@Parent() item: Item): Promise<ItemThemeTag[]> {
    return (await this.analyses.summaryOf(item)).themes.map((theme) => ({
      ...theme,
      evidence: [],
    }));
  }

  @ResolveField(() => [FlagType], {
    description: 'Warning signs and protocol cues in the text or timeline.',
  })
  async flags(@Parent() item: Item): Promise<FlagType[]> {
    return (await this.analyses.summaryOf(item)).flags;
  }

  @ResolveField(() => ItemAnalysisView, {
    nullable: true,
    description: 'The full analysis with its evidence.',
  })
  analysis(@Parent() item: Item): Promise<ItemAnalysisView | null> {
    return this.analyses.full(item.id, item.text);
  }

  private async maskedText(item: Item): Promise<string> {
    const summary = await this.analyses.summaryOf(item);
    return ItemAnalysisReader.displayText(item.text, summary.redactedText, summary.status);
  }
}
