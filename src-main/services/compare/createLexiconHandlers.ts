import type { ApiHandlers } from '../../api/dispatch';
import type { UserLexicons } from './userLexicons';

/** The contract's `compare.lexicons.*`: the user's additions to the facts lexicons. */
export function createLexiconHandlers(
  lexicons: UserLexicons,
): Pick<ApiHandlers, 'compare.lexicons.list' | 'compare.lexicons.add' | 'compare.lexicons.remove'> {
  return {
    'compare.lexicons.list': () => lexicons.list(),
    'compare.lexicons.add': (entry) => lexicons.add(entry),
    'compare.lexicons.remove': (request) => lexicons.remove(request),
  };
}
