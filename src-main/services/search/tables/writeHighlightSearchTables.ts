import { mkdir, rm } from 'node:fs/promises';
import type { AnnotationService } from '../../annotations/annotationService';
import { nodeErrorCode } from '../../persistence/nodeErrorCode';
import { writeFileDurably } from '../../persistence/writeFileDurably';
import type { ProjectLayout } from '../../project/projectLayout';
import { fieldLinePlace, highlightTablesLayout, type FieldLine } from './highlightSearchTables';
import { writeSearchTables } from './writeSearchTables';

const encoder = new TextEncoder();

function unlessExists(error: unknown): void {
  if (nodeErrorCode(error) !== 'EEXIST') throw error;
}

/**
 * Writes the highlights' tables from an open annotation service, stamped with `stamp` (taken
 * before the service read its files). The old tables' meta goes first, so that nothing reads
 * tables half replaced. The caller holds the tables' lock (`highlightTablesLock`): two writers would mix files.
 */
export async function writeHighlightSearchTables(
  layout: ProjectLayout,
  annotations: AnnotationService,
  stamp: string,
): Promise<void> {
  const exported = await annotations.searchTables();
  if (!exported) return;
  const files = highlightTablesLayout(layout.index);
  await rm(files.tables.meta, { force: true });
  // Never the index folder itself: while saving the index swaps it, making it would fail that save.
  await mkdir(files.dir).catch(unlessExists);
  await mkdir(files.tables.dir).catch(unlessExists);
  // Each quote's or note's record names its line (see `highlightTablesLayout`).
  const places = new Map<string, string>();
  const lines: Uint8Array[] = [];
  let offset = 0;
  for (const field of exported.fields) {
    const line: FieldLine = [field.highlightId, field.field, field.docId, field.docTitle, field.text];
    const bytes = encoder.encode(`${JSON.stringify(line)}\n`);
    places.set(field.key, fieldLinePlace(offset, bytes.length - 1));
    lines.push(bytes);
    offset += bytes.length;
  }
  await writeFileDurably(files.fields, Buffer.concat(lines));
  await writeSearchTables(files.dir, exported.tables, (key) => places.get(key), stamp, { inExistingFolder: true });
}
