import { analyze } from '../../src-main/core/arabic';
import { compileLexicons } from '../../src-main/core/compare/facts/compiledLexicons';
import { createFactExtractor } from '../../src-main/core/compare/facts/createFactExtractor';
import { bundledFactLexicons } from '../../src-main/core/compare/facts/bundledFactLexicons';
import type { FactDocument } from '../../src-main/core/compare/facts/factTypes';
import { findBoilerplate } from '../../src-main/core/import/boilerplate';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import type { Span } from '../../src-main/core/text/span';
import { countWords } from '../../src-main/core/text/countWords';

const TARGET_WORDS = 2000;
const RUNS = 20;

/**
 * Sentence spans for the benchmark: a split at . ! ? ؟ ؛ and line breaks. The comparison engine's
 * splitter gives finer spans; the fact rules only need spans in reading order, and their cost does
 * not depend on how fine they are.
 */
function roughSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^.!?؟؛\n]+[.!?؟؛]?/g)) {
    if (match[0].trim() !== '') spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function factDocument(document: IndexableDocument): FactDocument {
  const { id, text } = document;
  return { id, text, sentences: roughSentences(text), boilerplate: findBoilerplate(text) };
}

/** Every sentence paired with the same-numbered sentence of the others, so the wording rule runs everywhere. */
function pairedSentences(documents: FactDocument[]): { docId: string; start: number; end: number }[][] {
  const longest = Math.max(...documents.map((document) => document.sentences.length));
  const groups: { docId: string; start: number; end: number }[][] = [];
  for (let i = 0; i < longest; i++) {
    const group = documents.flatMap((document) => {
      const sentence = document.sentences[i];
      return sentence === undefined ? [] : [{ docId: document.id, ...sentence }];
    });
    if (group.length > 1) groups.push(group);
  }
  return groups;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/**
 * `facts` section: time of extractFacts over the ANT articles nearest 2,000 words, 2 and 4 at a time
 * (issue 9 budgets the whole comparison, facts included, at 50 ms for two and 150 ms for four).
 */
export function benchFacts(corpus: IndexableDocument[], log: (line: string) => void): void {
  const chosen = corpus
    .map((document) => ({ document, words: countWords(document.text) }))
    .sort((a, b) => Math.abs(a.words - TARGET_WORDS) - Math.abs(b.words - TARGET_WORDS))
    .slice(0, 4);
  log(`articles: ${chosen.map((entry) => `${entry.document.id} (${entry.words} words)`).join(', ')}`);
  const compileStart = performance.now();
  const compiled = compileLexicons(bundledFactLexicons);
  log(
    `lexicons and gazetteer compiled (once per process): ${(performance.now() - compileStart).toFixed(1)} ms, ` +
      `${bundledFactLexicons.places.length} places, ${bundledFactLexicons.titles.length} titles`,
  );
  void compiled;
  const extract = createFactExtractor(bundledFactLexicons);
  const firstStart = performance.now();
  extract([factDocument(chosen[0]!.document)], []);
  log(`first call (one article, cold code): ${(performance.now() - firstStart).toFixed(1)} ms`);
  for (const count of [2, 4]) {
    const documents = chosen.slice(0, count).map((entry) => factDocument(entry.document));
    const aligned = pairedSentences(documents);
    const wall: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    for (let run = 0; run < RUNS; run++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      rows = extract(documents, aligned).length;
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    // CPU time beside wall time: on a shared machine other processes inflate the wall clock.
    const analyzeCpu: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const cpuStart = process.cpuUsage();
      for (const document of documents) analyze(document.text);
      const used = process.cpuUsage(cpuStart);
      analyzeCpu.push((used.user + used.system) / 1000);
    }
    log(
      `extractFacts, ${count} articles: median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU, ` +
        `min ${Math.min(...wall).toFixed(1)} ms wall over ${RUNS} runs ` +
        `(${rows} rows, ${aligned.length} aligned groups)`,
    );
    log(`  of which analyze() of the texts alone: median ${median(analyzeCpu).toFixed(1)} ms CPU`);
  }
}
