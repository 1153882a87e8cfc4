import type {
  CreateThemeInput,
  ThemeFieldsFragment,
  UpdateThemeInput,
} from '../../graphql/generated/graphql';
import { sentence, type FieldMessageOverrides } from '../../lib/graphql-errors';
import { SHORT_TEXT_LIMIT } from '../../lib/limits';
import { characterCount, isBlank, optionalText } from '../../lib/text';
import { DESCRIPTION_LIMIT } from './limits';

export interface ThemeDraft {
  name: string;
  description: string;
  keywords: string[];
  examples: string[];
}

export type ThemeField = keyof ThemeDraft;

export const THEME_FIELD_IDS: Record<ThemeField, string> = {
  name: 'theme-name',
  description: 'theme-description',
  keywords: 'theme-keywords',
  examples: 'theme-examples',
};

/**
 * The analysis explains a keyword it cannot read as
 * `keywords: theme "X": keyword pattern "no-show": "no-show" must be a single word`;
 * people need the keyword and the reason.
 */
export function readableKeywordProblem(message: string): string {
  const match = /keyword pattern "([^"]*)":\s*(.+)$/.exec(message);
  if (!match) return sentence(message.replace(/^keywords:\s*/, ''));
  const reason = match[2].replace(new RegExp(`^"${escapeRegExp(match[1])}"\\s*`), 'it ');
  return sentence(`The analysis cannot read the keyword “${match[1]}”: ${reason}`);
}

export const THEME_SERVER_MESSAGES: FieldMessageOverrides<ThemeField> = {
  name: { unique: 'Another theme already has this name' },
  keywords: { pattern: readableKeywordProblem },
};

export const emptyTheme = (): ThemeDraft => ({
  name: '',
  description: '',
  keywords: [],
  examples: [],
});

export function themeDraftOf(theme: ThemeFieldsFragment): ThemeDraft {
  return {
    name: theme.name,
    description: theme.description ?? '',
    keywords: [...theme.keywords],
    examples: theme.examples.map((example) => example.text),
  };
}

export function validateTheme(draft: ThemeDraft): Partial<Record<ThemeField, string>> {
  const errors: Partial<Record<ThemeField, string>> = {};
  if (isBlank(draft.name)) errors.name = 'Enter the theme’s name';
  else if (characterCount(draft.name.trim()) > SHORT_TEXT_LIMIT)
    errors.name = `A theme name is at most ${SHORT_TEXT_LIMIT} characters`;
  if (characterCount(draft.description) > DESCRIPTION_LIMIT)
    errors.description = `A description is at most ${DESCRIPTION_LIMIT.toLocaleString('en-GB')} characters`;
  if (draft.keywords.length === 0 && draft.examples.length === 0)
    errors.keywords =
      'Add at least one keyword or example, so the analysis can recognise the theme';
  return errors;
}

export function toCreateThemeInput(draft: ThemeDraft): CreateThemeInput {
  return {
    name: draft.name.trim(),
    description: optionalText(draft.description),
    keywords: draft.keywords,
    examples: draft.examples,
  };
}

export function toUpdateThemeInput(id: string, draft: ThemeDraft): UpdateThemeInput {
  return { id, ...toCreateThemeInput(draft) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
