/**
 * The bounds of a search request, apart from its zod schema so that the one-shot command line can
 * check them without loading zod: both read them from here.
 */
export const MAX_QUERY_LENGTH = 2_000;
export const MAX_SEARCH_LIMIT = 1_000;
