import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseTrec } from '../../src-main/core/import/formats/trec';
import type { ParsedDocument } from '../../src-main/core/text/documentMeta';
import { seededRandom } from '../../tests/helpers/seededRandom';

/**
 * A larger corpus made from a real one, for measuring how Qarin's costs grow with the corpus: each
 * report is written again, once per extra copy, with its sentences in another order and some
 * neighbouring words swapped. The words and their counts stay the same (so term statistics stay
 * those of real Arabic news), while every text differs from its source and from every other text,
 * so that import, which recognises a duplicate by the SHA-256 of its text, keeps them all.
 */

/** A sentence ends at one of these (Arabic and Latin), kept with the sentence it ends. */
const SENTENCE = /[^.!?؟؛]+[.!?؟؛]*/g;
/** One swap of two neighbouring words for this many words of a sentence (at least one). */
const WORDS_PER_SWAP = 5;
/** Fresh reorderings tried before a text that keeps coming out as an existing one is left out. */
const ATTEMPTS = 8;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

function swapNeighbouringWords(sentence: string, random: () => number): string {
  const words = sentence.split(/\s+/).filter((word) => word !== '');
  if (words.length < 2) return words.join(' ');
  const swaps = Math.max(1, Math.floor(words.length / WORDS_PER_SWAP));
  for (let swap = 0; swap < swaps; swap++) {
    const at = Math.floor(random() * (words.length - 1));
    [words[at], words[at + 1]] = [words[at + 1]!, words[at]!];
  }
  return words.join(' ');
}

/**
 * The text with its sentences shuffled across the whole report and neighbouring words swapped in
 * each; lines keep their number of sentences, so the paragraphing stays that of the source. Lines
 * come out trimmed and single-spaced, the form the TREC reader stores, so that what is written is
 * exactly the text import will hash.
 */
export function reorderText(text: string, random: () => number): string {
  const lines = text.split('\n').map((line) => (line.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean));
  const sentences = shuffle(lines.flat(), random).map((sentence) => swapNeighbouringWords(sentence, random));
  let next = 0;
  return lines
    .map((line) => sentences.slice(next, (next += line.length)).join(' '))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A 32-bit FNV-1a hash, so each report's reordering has its own seed and does not depend on the others. */
function seedOf(label: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function escapeMarkup(value: string): string {
  return value.replace(/[&<>]/g, (character) => ESCAPES[character]!);
}

interface Reordered {
  docno: string;
  title: string;
  abstract: string | undefined;
  text: string;
}

/** A <DOC> the app's TREC reader reads back as the reordered fields and the rest of `document`'s. */
function trecDoc({ meta }: ParsedDocument, reordered: Reordered): string {
  const fields: [string, string | undefined][] = [
    ['DOCNO', reordered.docno],
    ['URL', meta.url],
    ['SRC', meta.source],
    ['CAT', meta.category],
    ['TITLE', reordered.title],
    ['TIME', meta.date],
    ['AUTHOR', meta.author],
    ['ABSTRACT', reordered.abstract],
  ];
  const head = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([tag, value]) => `<${tag}>${escapeMarkup(value)}</${tag}>`);
  return ['<DOC>', ...head, '<TEXT>', escapeMarkup(reordered.text), '</TEXT>', '</DOC>', ''].join('\n');
}

function trecFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface ReorderedCorpusOptions {
  /** A folder of TREC files (`*.txt`), read with the app's own reader. */
  sourceDir: string;
  /** Where the copies go: `copy-1/…`, `copy-2/…`, each mirroring the source's folders. */
  targetDir: string;
  /** How many reordered copies to write besides the source (3 makes a corpus four times the source). */
  copies: number;
  seed?: number;
}

export interface ReorderedCorpus {
  /** The folders written, one a copy. */
  copyDirs: string[];
  /** Distinct source texts: a text the source holds twice (a duplicate there too) is copied once. */
  distinctSources: number;
  reportsWritten: number;
  /** Reports with too few words or sentences to come out different from every other text. */
  leftOut: number;
}

/**
 * Writes the copies. The same source, copy count and seed always give the same bytes: files and
 * reports are visited in one order, and each report's random stream is seeded from its place.
 */
export function writeReorderedCorpus({
  sourceDir,
  targetDir,
  copies,
  seed = 20_181_031,
}: ReorderedCorpusOptions): ReorderedCorpus {
  const seen = new Set<string>();
  const sourceDocuments: { file: string; documents: ParsedDocument[] }[] = [];
  for (const file of trecFiles(sourceDir)) {
    let documents: ParsedDocument[];
    try {
      documents = parseTrec(readFileSync(file, 'utf8'));
    } catch {
      continue; // a file import refuses is left out of the copies too
    }
    const distinct = documents.filter((document) => {
      const hash = fingerprint(document.text);
      if (seen.has(hash)) return false;
      seen.add(hash);
      return true;
    });
    if (distinct.length > 0) sourceDocuments.push({ file: relative(sourceDir, file), documents: distinct });
  }
  const distinctSources = sourceDocuments.reduce((sum, { documents }) => sum + documents.length, 0);
  const copyDirs = Array.from({ length: copies }, (_, index) => join(targetDir, `copy-${index + 1}`));
  let reportsWritten = 0;
  let leftOut = 0;
  copyDirs.forEach((copyDir, index) => {
    const copy = index + 1;
    for (const { file, documents } of sourceDocuments) {
      const docs: string[] = [];
      documents.forEach((document, ordinal) => {
        const random = seededRandom(seedOf(`${copy}\u0000${file}\u0000${ordinal}`, seed));
        for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
          const text = reorderText(document.text, random);
          const hash = fingerprint(text);
          if (text === '' || seen.has(hash)) continue;
          seen.add(hash);
          const { title, abstract } = document.meta;
          docs.push(
            trecDoc(document, {
              docno: `${document.key}-r${copy}`,
              title: swapNeighbouringWords(title ?? '', random),
              abstract: abstract === undefined ? undefined : swapNeighbouringWords(abstract, random),
              text,
            }),
          );
          return;
        }
        leftOut++;
      });
      if (docs.length === 0) continue;
      const target = join(copyDir, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, docs.join(''));
      reportsWritten += docs.length;
    }
  });
  return { copyDirs, distinctSources, reportsWritten, leftOut };
}
