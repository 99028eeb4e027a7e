import { join } from 'node:path';

/**
 * Where each part of a project lives inside its folder. Small files written often (settings,
 * annotations) are kept apart from the large library, which is rewritten only after imports.
 */
export function projectLayout(projectDir: string) {
  return {
    root: projectDir,
    library: join(projectDir, 'library.json'),
    /** The digest of the library text last checked against its schema, so an unchanged one opens unchecked. */
    libraryCheckNote: join(projectDir, '.library.json.checked'),
    /** The value library.json parses to, in V8's serialization, read instead of parsing it (see ParsedCopy). */
    libraryParsedCopy: join(projectDir, '.library.json.v8'),
    /** Reports imported since library.json was last written, batch by batch (see LibraryJournal). */
    libraryJournal: join(projectDir, 'library.journal'),
    settings: join(projectDir, 'settings.json'),
    annotations: join(projectDir, 'annotations.json'),
    /** The digest of the annotations snapshot last checked against its schema (as `libraryCheckNote`). */
    annotationsCheckNote: join(projectDir, '.annotations.json.checked'),
    /** Changes to the annotations since annotations.json was last written (see AnnotationStore). */
    annotationJournal: join(projectDir, 'annotations.journal'),
    texts: join(projectDir, 'texts'),
    index: join(projectDir, 'index'),
    lock: join(projectDir, '.lock'),
    /**
     * Taken by a process while it writes the highlights' search tables (see highlightSearchTables),
     * so that two do not mix their files. Not the writer lock, which the app must find free to save a
     * highlight; and not in the index folder, which saving the index swaps away, lock and all.
     */
    highlightTablesLock: join(projectDir, '.highlight-tables.lock'),
    /** The user's additions to the facts lexicons, one entry a line (see UserLexicons). */
    lexicons: join(projectDir, 'lexicons'),
  };
}

export type ProjectLayout = ReturnType<typeof projectLayout>;
