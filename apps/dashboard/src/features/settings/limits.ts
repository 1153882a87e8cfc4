/** The API's limits for configuration (apps/api organisation inputs). */
export const DESCRIPTION_LIMIT = 2_000;
/** Aliases and keywords per policy or theme. */
export const MAX_TERMS = 100;
/** Labelled examples per theme. */
export const MAX_EXAMPLES = 500;
