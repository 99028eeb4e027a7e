import { readFileSync } from 'node:fs';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import type { SearchCatalogueEntry } from '../../src-main/services/search/searchCatalogueEntry';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { seedsDir } from './seeds';
import { tempDir } from './tempDir';

/** What the search worker is handed of a project: its library's documents, as saved. */
export function savedCatalogue(project: string): SearchCatalogueEntry[] {
  const library = JSON.parse(readFileSync(projectLayout(project).library, 'utf8')) as {
    data: { documents: SearchCatalogueEntry[] };
  };
  return library.data.documents;
}

/** The fingerprint of the corpus the project's saved index (its search tables) holds. */
export function savedIndexFingerprint(project: string): string {
  const meta = readFileSync(searchTablesLayout(projectLayout(project).index).meta, 'utf8');
  return (JSON.parse(meta) as { fingerprint: string }).fingerprint;
}

/** The seeds imported into a new project, closed again: its folder, catalogue and index fingerprint. */
export async function importedSeeds(): Promise<{
  project: string;
  catalogue: SearchCatalogueEntry[];
  fingerprint: string;
}> {
  const project = tempDir();
  const workbench = await openWorkbench({ projectDir: project });
  await runImport(workbench, [seedsDir]);
  await workbench.close();
  return { project, catalogue: savedCatalogue(project), fingerprint: savedIndexFingerprint(project) };
}
