/**
 * What a highlight search that does not wait gets while the highlights' index is first built: the
 * caller answers without their matches and says they will follow. Its own module, so that the
 * one-shot search, which joins the matches to its answer, recognises it without loading the
 * highlight index.
 */
export const HITS_PENDING = 'pending';
