import { scanTokens } from '../../src-main/core/arabic/scanTokens';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import { hashString } from '../../src-main/core/compare/sentenceFeatures';
import { prepareDocument } from '../../src-main/core/compare/preparedDocument';
import { findBoilerplate } from '../../src-main/core/import/boilerplate';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { seededRandom } from '../../tests/helpers/seededRandom';

type Log = (line: string) => void;

/** The reuse the issue measures: passages of this many words or more. */
const PASSAGE_WORDS = 25;
const SAMPLED_PAIRS = 300;
const DOCUMENT_BITS = 2 ** 16;

/** Per report, one 32-bit hash per normalized word (boilerplate left out, as the app leaves it out). */
function wordHashes(text: string, boilerplate: { start: number; end: number }[]): Int32Array {
  const hashes: number[] = [];
  scanTokens(text, (exact, start) => {
    if (!boilerplate.some((span) => start >= span.start && start < span.end)) hashes.push(hashString(exact));
  });
  return Int32Array.from(hashes);
}

const FIRST_BASE = 0x01000193;
const SECOND_BASE = 0x5bd1e995;
/** Bits of the second rolling hash added to the first: 7 million windows need more than 32 bits. */
const EXTRA_BITS = 2 ** 5;

function power(base: number): number {
  let result = 1;
  for (let k = 0; k < PASSAGE_WORDS; k++) result = Math.imul(result, base);
  return result;
}

/** A 37-bit hash of every run of PASSAGE_WORDS words, from two rolling hashes. */
function windowHashes(words: Int32Array): Float64Array {
  const count = Math.max(0, words.length - PASSAGE_WORDS + 1);
  const out = new Float64Array(count);
  const firstPower = power(FIRST_BASE);
  const secondPower = power(SECOND_BASE);
  let first = 0;
  let second = 0;
  for (let i = 0; i < words.length; i++) {
    first = (Math.imul(first, FIRST_BASE) + words[i]!) | 0;
    second = (Math.imul(second, SECOND_BASE) + words[i]!) | 0;
    if (i >= PASSAGE_WORDS) {
      first = (first - Math.imul(words[i - PASSAGE_WORDS]!, firstPower)) | 0;
      second = (second - Math.imul(words[i - PASSAGE_WORDS]!, secondPower)) | 0;
    }
    if (i >= PASSAGE_WORDS - 1) out[i - PASSAGE_WORDS + 1] = (first >>> 0) * EXTRA_BITS + ((second >>> 0) % EXTRA_BITS);
  }
  return out;
}

/**
 * The quality figure for `compare`: an exhaustive scan of ANT for report pairs sharing a
 * run of 25 words or more (every 25-word window of every report hashed, sorted, and equal hashes
 * in different reports paired), then, on a sample of those pairs, the share of the words inside
 * such runs that the comparison reports inside its shared passages (target ≥ 0.95).
 */
export function benchPassageRecall(corpus: IndexableDocument[], log: Log): void {
  const started = performance.now();
  const boilerplate = corpus.map((document) => findBoilerplate(document.text));
  const windows = corpus.map((document, d) => windowHashes(wordHashes(document.text, boilerplate[d]!)));
  const total = windows.reduce((sum, list) => sum + list.length, 0);
  // 37 bits of hash and 16 of report index: still an exact integer in a double.
  const keys = new Float64Array(total);
  let k = 0;
  windows.forEach((list, d) => {
    for (const hash of list) keys[k++] = hash * DOCUMENT_BITS + d;
  });
  keys.sort();
  const pairs = new Set<number>();
  for (let i = 0; i < keys.length;) {
    const hash = Math.floor(keys[i]! / DOCUMENT_BITS);
    let j = i;
    while (j < keys.length && Math.floor(keys[j]! / DOCUMENT_BITS) === hash) j++;
    // A window found in very many reports is a formula (a footer the rules missed), not reuse between two.
    if (j - i <= 20) {
      for (let a = i; a < j; a++) {
        for (let b = a + 1; b < j; b++) {
          const x = keys[a]! % DOCUMENT_BITS;
          const y = keys[b]! % DOCUMENT_BITS;
          if (x !== y) pairs.add(Math.min(x, y) * DOCUMENT_BITS + Math.max(x, y));
        }
      }
    }
    i = j;
  }
  log(
    `exhaustive scan: ${corpus.length} reports, ${total} windows of ${PASSAGE_WORDS} words, ` +
      `${pairs.size} report pairs sharing one (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );

  const random = seededRandom(25);
  const all = [...pairs].sort((x, y) => x - y);
  const sample = all.length <= SAMPLED_PAIRS ? all : all.filter(() => random() < SAMPLED_PAIRS / all.length);
  let sharedWords = 0;
  let reportedWords = 0;
  let identical = 0;
  let collisions = 0;
  for (const pair of sample) {
    const a = Math.floor(pair / DOCUMENT_BITS);
    const b = pair % DOCUMENT_BITS;
    const documentA = corpus[a]!;
    const documentB = corpus[b]!;
    if (documentA.text === documentB.text) identical++;
    const prepared = [
      prepareDocument({ id: 'a', text: documentA.text, boilerplate: boilerplate[a]! }),
      prepareDocument({ id: 'b', text: documentB.text, boilerplate: boilerplate[b]! }),
    ];
    // The truth, on the words themselves (a hash can collide): words of A inside a 25-word run B also holds.
    const run = (tokens: { exact: string }[], i: number) =>
      tokens
        .slice(i, i + PASSAGE_WORDS)
        .map((t) => t.exact)
        .join(' ');
    const runsOfB = new Set<string>();
    for (let i = 0; i + PASSAGE_WORDS <= prepared[1]!.tokens.length; i++) runsOfB.add(run(prepared[1]!.tokens, i));
    const inRun = new Uint8Array(prepared[0]!.tokens.length);
    for (let i = 0; i + PASSAGE_WORDS <= inRun.length; i++) {
      if (runsOfB.has(run(prepared[0]!.tokens, i))) inRun.fill(1, i, i + PASSAGE_WORDS);
    }
    if (!inRun.includes(1)) {
      collisions++;
      continue;
    }
    const covered = new Uint8Array(documentA.text.length + 1);
    for (const passage of compareDocuments(prepared).passages) {
      for (const span of passage.spans) if (span.docId === 'a') covered.fill(1, span.start, span.end);
    }
    // prepareDocument's tokens are the same words, boilerplate left out, in the same order.
    prepared[0]!.tokens.forEach((token, i) => {
      if (inRun[i] !== 1) return;
      sharedWords++;
      if (covered[token.start] === 1) reportedWords++;
    });
  }
  log(
    `compare on ${sample.length - collisions} of those pairs (${identical} identical texts; ${collisions} hash ` +
      `collisions dropped): ${reportedWords} of ${sharedWords} ` +
      `words in shared 25-word runs reported inside passages = ${(reportedWords / Math.max(1, sharedWords)).toFixed(3)} (target 0.95)`,
  );
}
