import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackCorpus, loadCorpus } from './corpus';
import { benchImport, benchColdStart } from './importBench';
import { benchServeStart } from './serveStart';
import { benchElectronStart } from './electronStart';
import { benchSearch } from './search/benchSearch';
import { benchUi } from './ui/benchUi';
import { benchCompareView } from './ui/benchCompareView';
import { benchAnnotations } from './annotations/benchAnnotations';
import { benchReanchor } from './annotations/benchReanchor';
import { benchCli } from './cliBench';
import { benchHighlightTablesKept } from './highlightTablesKeptBench';
import { benchCompare } from './compare/benchCompare';
import { benchPassageRecall } from './compare/passageRecall';
import { benchFacts } from './compare/benchFacts';
import { benchSimilar } from './similarity/benchSimilar';
import { benchReport } from './report/benchReport';
import { benchQdpx } from './refi-qda/benchQdpx';
import { benchScale } from './scale/benchScale';

/**
 * `npm run bench [-- section…]`: prints the figures the issues set targets for, on the ANT corpus
 * unpacked to a temporary folder. Sections: import, search, ui, annotations, reanchor, cli, compare, similar,
 * compare-view, report, qdpx, scale, serve, electron (default: all but serve, which the import section
 * includes, and electron). qdpx runs on the project the annotations section
 * leaves: ANT with 10,000 highlights. scale imports ANT and a corpus four times it (ANT and three
 * reordered copies) in child processes and prints the growth; QARIN_SCALE_SOURCE=DIR makes it from
 * another folder of TREC files instead of ANT (a small one, to try the section out).
 * QARIN_BENCH_QDPX=FILE makes the qdpx section import that .qdpx alone (no ANT import, no
 * highlights, no export): keep one export and compare imports before and after a change.
 * QARIN_BENCH_PROJECT=DIR lets the cli, ui, serve, electron and open sections use a project that already holds ANT
 * instead of importing it again (on a shared machine, the import is the expensive part); open times
 * the cold start the import section times after its import, on that project. serve
 * times `qarin serve` from spawn to its first answer (the import section does it too);
 * QARIN_BENCH_SERVE_BEFORE=DIR, a built checkout of another version, starts that version's serve in
 * turn with this one's, so both are measured in one run (QARIN_BENCH_SERVE_RUNS, default 2 or 3).
 * electron times the desktop app's built main process, under Node with the tests' stand-in
 * `electron`, from its start to the window and to the first search answered over IPC; with
 * QARIN_BENCH_SERVE_BEFORE, that checkout's main in turn with this one's.
 * bench/traceServeCalls.mjs, preloaded through NODE_OPTIONS, logs the served process's memory after
 * each call the window makes in the ui section (see that file).
 * Nothing here asserts: figures are written down, not tested.
 */
const requested = process.argv.slice(2);
const wants = (section: string) =>
  (requested.length === 0 && section !== 'serve' && section !== 'electron') || requested.includes(section);
const log = (line: string) => console.log(line);
const heading = (title: string) => log(`\n## ${title}`);

const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-'));
const givenProject = process.env.QARIN_BENCH_PROJECT;
const givenQdpx = process.env.QARIN_BENCH_QDPX;
/** The qdpx section needs the annotated ANT project only when it exports one itself. */
const wantsAnnotatedProject = wants('annotations') || (wants('qdpx') && givenQdpx === undefined);
const projectDir =
  givenProject &&
  requested.length > 0 &&
  requested.every((section) => ['cli', 'ui', 'serve', 'electron', 'open'].includes(section))
    ? givenProject
    : join(scratch, 'project');
const baseline = process.env.QARIN_BENCH_SERVE_BEFORE;
const serveOptions = {
  baseline,
  runs: Number(process.env.QARIN_BENCH_SERVE_RUNS) || (baseline ? 3 : 2),
};
try {
  log(`# Qarin benchmark, ${new Date().toISOString()}, Node ${process.version}`);
  const corpusDir = unpackCorpus();
  log(`corpus: ${corpusDir}`);

  if (
    wants('import') ||
    (wants('ui') && projectDir !== givenProject) ||
    wantsAnnotatedProject ||
    (wants('cli') && projectDir !== givenProject) ||
    (wants('serve') && projectDir !== givenProject) ||
    (wants('electron') && projectDir !== givenProject)
  ) {
    heading("Import and index (the app's own import path)");
    await benchImport(corpusDir, projectDir, log);
    heading('Cold start with the persisted index');
    benchColdStart(projectDir, log);
    await benchServeStart(projectDir, log, serveOptions);
  } else if (wants('serve')) {
    heading('qarin serve: start to the first answered search, on the project given');
    await benchServeStart(projectDir, log, serveOptions);
  }
  if (requested.includes('open')) {
    heading('Cold start with the persisted index, on the project given');
    if (projectDir === givenProject) benchColdStart(projectDir, log);
    else
      log(
        'not measured here: give the project with QARIN_BENCH_PROJECT=DIR (the import section times a cold start after its own import)',
      );
  }
  if (wants('electron')) {
    heading("The desktop app's main process: start to the window and to the first answered search");
    await benchElectronStart(projectDir, log, serveOptions);
  }
  if (wants('search')) {
    heading('Search engine: speed and retrieval quality, against MiniSearch and FlexSearch defaults');
    await benchSearch(loadCorpus().documents, log);
  }
  if (wants('reanchor')) {
    heading('Re-anchoring long highlights in an edited report');
    benchReanchor(loadCorpus().documents, log);
  }
  // Annotations first, so the interface section can also open the report that holds 200 highlights.
  if (wantsAnnotatedProject) {
    heading('Annotations');
    await benchAnnotations(projectDir, log);
  }
  if (wants('qdpx')) {
    heading('REFI-QDA project exchange (.qdpx)');
    await benchQdpx(projectDir, log, givenQdpx);
  }
  if (wants('cli')) {
    heading('Command line: one-shot commands in fresh processes');
    benchCli(projectDir, corpusDir, log);
    await benchHighlightTablesKept(projectDir, log);
  }
  if (wants('similar')) {
    heading('Similar reports and story clusters');
    await benchSimilar(corpusDir, log);
  }
  if (wants('compare')) {
    heading('Comparison engine');
    benchCompare(corpusDir, log);
    const { documents } = loadCorpus();
    benchPassageRecall(documents, log);
    heading('Facts table');
    benchFacts(documents, log);
  }
  if (wants('compare-view')) {
    heading('Compare view in Chromium');
    await benchCompareView(corpusDir, log);
  }
  if (wants('report')) {
    heading('Reports: HTML, PDF and DOCX of a report with 1,000 highlights');
    await benchReport(fileURLToPath(new URL('../seeds', import.meta.url)), log);
  }
  if (wants('ui')) {
    heading('Workbench in Chromium');
    await benchUi(log, { projectDir });
  }
  if (wants('scale')) {
    heading('Scale: ANT (1x) against ANT and three reordered copies of it (4x)');
    await benchScale(process.env.QARIN_SCALE_SOURCE ?? corpusDir, scratch, log);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
