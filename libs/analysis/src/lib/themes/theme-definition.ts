/** A theme of the organisation's own taxonomy. */
export interface ThemeDefinition {
  name: string;
  /** Keywords and phrases in phrase-pattern syntax ("refund", "late (delivery|arrival)"). */
  keywords?: readonly string[];
  /** Labelled example texts, for training a theme model (see examplesFromTaxonomy). */
  examples?: readonly string[];
  /** Teams the theme belongs to; when set, texts of other teams are not tagged with it. */
  teams?: readonly string[];
}
