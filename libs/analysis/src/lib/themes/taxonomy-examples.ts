import type { ThemeExample } from '../models/theme-model';
import type { ThemeDefinition } from './theme-definition';

/** The labelled examples written into a taxonomy, ready for trainThemeModel. */
export function examplesFromTaxonomy(themes: readonly ThemeDefinition[]): ThemeExample[] {
  return themes.flatMap((theme) =>
    (theme.examples ?? []).map((text) => ({ text, themes: [theme.name] })),
  );
}
