/**
 * Changes whenever analysis (normalization, tokenization, stemming) or the snapshot layout
 * changes, so that a persisted index built by an older version is rebuilt instead of misread.
 */
export const ANALYZER_VERSION = 'qarin-search-2';
