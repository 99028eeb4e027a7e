/**
 * The weights of the ranking, in one place. Base relevance is BM25 per field; the rest are bonuses
 * in units of the query words' idf, so that they weigh the same for common and rare words.
 */

/** A word found in its exact normalized form. */
export const EXACT_WEIGHT = 1;
/** A word found only through its stem (another clitic or suffix): it must rank below exact. */
export const STEM_WEIGHT = 0.7;
/**
 * A word the query did not contain but a likely reading of a mistyped one (typo tolerance):
 * below a stem-only match, so that what was typed, in any spelling of its stem, always ranks first.
 * In a query of that word alone, less likely readings weigh this times their likelihood against
 * the likeliest (see `QueryScorer.readingWeight`).
 */
export const TYPO_READING_WEIGHT = 0.5;
/** A title's BM25, added to the text's. */
export const TITLE_WEIGHT = 0.8;

/** Two consecutive query words found next to each other, in query order. */
export const ADJACENT_BONUS = 1;
/** The same, with both words in exactly the form asked for: added to ADJACENT_BONUS. */
export const EXACT_ADJACENT_BONUS = 0.25;
/** Two consecutive query words found within a few words of each other. */
export const NEAR_BONUS = 0.3;
/** Every query word found as one run of consecutive words: the query as a phrase. */
export const FULL_RUN_BONUS = 1;
/** The whole query as a run of words in exactly the forms asked for: added to FULL_RUN_BONUS. */
export const EXACT_FULL_RUN_BONUS = 0.25;
/** An explicit "phrase" query: a verified phrase adds this times its words' idf. */
export const PHRASE_BONUS = 0.5;

/** The least idf a query word weighs in proximity bonuses. */
export const PROXIMITY_WEIGHT_FLOOR = 1;

/** How many of the best BM25 candidates are re-ranked by proximity. */
export const RERANK_DEPTH = 1000;
