import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackCorpus, loadCorpus } from './corpus';
import { benchImport, benchColdStart } from './importBench';
import { benchSearch } from './search/benchSearch';
import { benchUi } from './ui/benchUi';
import { benchAnnotations } from './annotations/benchAnnotations';
import { benchSimilar } from './similarity/benchSimilar';

/**
 * `npm run bench [-- section…]`: prints the figures the issues set targets for, on the ANT corpus
 * unpacked to a temporary folder. Sections: import, search, ui, annotations, similar (default: all).
 * Nothing here asserts: figures are written down, not tested.
 */
const requested = process.argv.slice(2);
const wants = (section: string) => requested.length === 0 || requested.includes(section);
const log = (line: string) => console.log(line);
const heading = (title: string) => log(`\n## ${title}`);

const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-'));
const projectDir = join(scratch, 'project');
try {
  log(`# Qarin benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  const corpusDir = unpackCorpus();
  log(`corpus: ${corpusDir}`);

  if (wants('import') || wants('ui') || wants('annotations')) {
    heading('Import and index (the app\'s own import path)');
    await benchImport(corpusDir, projectDir, log);
    heading('Cold start with the persisted index');
    benchColdStart(projectDir, log);
  }
  if (wants('search')) {
    heading('Search engine: speed and retrieval quality, against MiniSearch and FlexSearch defaults');
    await benchSearch(loadCorpus().documents, log);
  }
  // Annotations first, so the interface section can also open the report that holds 200 highlights.
  if (wants('annotations')) {
    heading('Annotations');
    await benchAnnotations(projectDir, log);
  }
  if (wants('similar')) {
    heading('Similar reports and story clusters');
    await benchSimilar(corpusDir, log);
  }
  if (wants('ui')) {
    heading('Workbench in Chromium');
    await benchUi(log, { projectDir });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
