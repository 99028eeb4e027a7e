import { ApiError } from '../../api/apiError';
import type { searchMethods } from '../../api/contract/searchContract';
import type { HandlersOf } from '../../api/dispatch';
import type { AnnotationService } from '../annotations/annotationService';
import { noDocument } from '../documentMessages';
import type { Library } from '../project/library';
import type { SearchService } from './searchService';
import { withAnnotationHits } from './withAnnotationHits';

/** The contract's search calls: the reports' index, joined on the first page by matches in annotations. */
export function createSearchHandlers(
  search: SearchService,
  annotations: AnnotationService,
  library: Library,
): HandlersOf<typeof searchMethods> {
  return {
    'search.query': async (request) => {
      const [result, annotationHits] = await Promise.all([
        search.search(request),
        // Matches in quotes and notes go with the first page only, so paging does not repeat them;
        // the reports found never wait for the highlights' index to be built.
        request.offset === 0 ? annotations.searchHits(request, { wait: false }) : undefined,
      ]);
      return withAnnotationHits(result, annotationHits);
    },

    'search.documentHits': async ({ id, query }) => {
      if (!library.get(id)) throw new ApiError('not-found', noDocument(id));
      return { id, hits: await search.documentHits(id, query) };
    },
  };
}
