import { TextCatalog } from './textCatalog';

/*
 * How a stored text is read back, apart from `TextStore`: a one-shot command reads the texts of the
 * hits it shows and need not load what writing them takes (`node:worker_threads`, some
 * milliseconds of its start).
 */

/** Folders whose catalogs this thread keeps; a process works on one project, a test on a few. */
const KEPT_CATALOGS = 4;
const catalogs = new Map<string, TextCatalog>();

/**
 * The catalog of the text store in `dir`, one per folder and thread, shared by its readers and
 * its writer so that the map of where texts are is built (and held in memory) once.
 */
export function textCatalogOf(dir: string): TextCatalog {
  let catalog = catalogs.get(dir);
  if (catalog === undefined) {
    catalog = new TextCatalog(dir);
    catalogs.set(dir, catalog);
    if (catalogs.size > KEPT_CATALOGS) catalogs.delete(catalogs.keys().next().value as string);
  }
  return catalog;
}

/** The stored text of SHA-256 `sha256`, or undefined when the store does not hold it. */
export function readStoredText(dir: string, sha256: string): string | undefined {
  return textCatalogOf(dir).read(sha256);
}
