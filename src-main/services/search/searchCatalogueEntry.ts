import type { Span } from '../../core/text/span';

/** What the search worker needs to know of a document besides its text (which it reads by hash). */
export interface SearchCatalogueEntry {
  id: string;
  sha256: string;
  title: string;
  source?: string;
  category?: string;
  date?: string;
  boilerplate: Span[];
}
