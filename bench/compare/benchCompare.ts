import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import { prepareDocument, type PreparedDocument } from '../../src-main/core/compare/preparedDocument';
import { splitSentences } from '../../src-main/core/compare/splitSentences';
import { parseTrec } from '../../src-main/core/import/formats/trec';
import { countWords } from '../../src-main/core/text/countWords';
import { seededRandom, pick } from '../../tests/helpers/seededRandom';

type Log = (line: string) => void;

const REPORT_WORDS = 2000;
const RUNS = 7;

/** ANT articles of one source and category, in file order: enough text for several long reports. */
function loadArticles(corpusDir: string): string[] {
  const folder = join(corpusDir, 'ant-multisource-v2.1', 'Alarabia', 'internationalNews');
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .slice(0, 120);
  return names.flatMap((name) => parseTrec(readFileSync(join(folder, name), 'utf8')).map((parsed) => parsed.text));
}

/** One sentence of a perturbed report, and the base sentence it came from (-1: inserted). */
interface PerturbedSentence {
  text: string;
  origin: number;
}

const SPELLING: [RegExp, string][] = [
  [/أ/g, 'ا'],
  [/ة(?=\s|$)/g, 'ه'],
  [/ى(?=\s|$)/g, 'ي'],
  [/إ/g, 'ا'],
];

/**
 * Another outlet's version of the base: some sentences dropped, some respelled, some with a word
 * replaced, a few moved elsewhere, and sentences of other articles inserted.
 */
function perturb(sentences: string[], strangers: string[], seed: number): PerturbedSentence[] {
  const random = seededRandom(seed);
  const out: PerturbedSentence[] = [];
  sentences.forEach((text, origin) => {
    const roll = random();
    if (roll < 0.1) return;
    let changed = text;
    if (roll < 0.3) for (const [pattern, replacement] of SPELLING) changed = changed.replace(pattern, replacement);
    else if (roll < 0.45) {
      const words = changed.split(' ');
      // Letters only: a borrowed word ending in a full stop would split the sentence in two.
      const borrowed = pick(random, pick(random, strangers).split(' ')).replace(/[^\p{L}\p{M}]/gu, '') || 'كلمة';
      words[Math.floor(random() * words.length)] = borrowed;
      changed = words.join(' ');
    }
    out.push({ text: changed, origin });
    if (random() < 0.1) out.push({ text: pick(random, strangers), origin: -1 });
  });
  for (let moves = 0; moves < 4; moves++) {
    const [moved] = out.splice(Math.floor(random() * out.length), 1);
    out.splice(Math.floor(random() * out.length), 0, moved!);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Clock {
  wallMs: number;
  cpuMs: number;
}

/** Wall and CPU time: on a shared machine the wall clock also counts other processes' turns. */
function time(work: () => void): Clock {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function medianClock(clocks: Clock[]): string {
  const wall = median(clocks.map((clock) => clock.wallMs));
  const cpu = median(clocks.map((clock) => clock.cpuMs));
  return `${wall.toFixed(1)} ms (CPU ${cpu.toFixed(1)} ms)`;
}

/**
 * `npm run bench -- compare`: the comparison engine on ~2,000-word reports built from ANT
 * articles (one report and perturbed versions of it), two and four at a time, with and without
 * the per-report preparation the service caches; and how many of the kept sentences align.
 */
export function benchCompare(corpusDir: string, log: Log): void {
  const articles = loadArticles(corpusDir);
  const baseArticles: string[] = [];
  let words = 0;
  let next = 0;
  while (words < REPORT_WORDS && next < articles.length) {
    baseArticles.push(articles[next]!);
    words += countWords(articles[next++]!);
  }
  const baseText = baseArticles.join('\n');
  const baseSentences = splitSentences(baseText).map((span) => baseText.slice(span.start, span.end));
  const strangers = articles
    .slice(next)
    .flatMap((text) => splitSentences(text).map((span) => text.slice(span.start, span.end)));
  const versions = [1, 2, 3].map((seed) => perturb(baseSentences, strangers, seed));
  const inputs = [
    { id: 'base', text: baseText, boilerplate: [] },
    ...versions.map((sentences, i) => ({
      id: `v${i + 1}`,
      text: sentences.map((s) => s.text).join('\n'),
      boilerplate: [],
    })),
  ];
  log(
    `reports: ${inputs.map((input) => `${input.id} ${countWords(input.text)} words`).join(', ')}; base sentences ${baseSentences.length}`,
  );

  for (const count of [2, 4]) {
    const chosen = inputs.slice(0, count);
    compareDocuments(chosen.map(prepareDocument));
    const cold: Clock[] = [];
    const warm: Clock[] = [];
    for (let run = 0; run < RUNS; run++) {
      let prepared: PreparedDocument[] = [];
      cold.push(time(() => compareDocuments((prepared = chosen.map(prepareDocument)))));
      warm.push(time(() => compareDocuments(prepared)));
    }
    const target = count === 2 ? 50 : 150;
    log(
      `compare ${count} reports: ${medianClock(cold)} with preparation, ${medianClock(warm)} ` +
        `with prepared reports (median of ${RUNS}; target ${target} ms)`,
    );
  }

  const prepared = inputs.map(prepareDocument);
  const result = compareDocuments(prepared);
  const sentenceIndex = (docId: string, start: number) =>
    prepared.find((document) => document.id === docId)!.sentences.findIndex((span) => span.start === start);
  versions.forEach((version, v) => {
    const docId = `v${v + 1}`;
    const truth = new Map<number, number>();
    version.forEach((sentence, index) => {
      if (sentence.origin >= 0) truth.set(index, sentence.origin);
    });
    let right = 0;
    let wrong = 0;
    for (const group of result.alignment) {
      const base = group.members.find((member) => member.docId === 'base');
      const member = group.members.find((m) => m.docId === docId);
      if (!base || !member) continue;
      if (truth.get(sentenceIndex(docId, member.start)) === sentenceIndex('base', base.start)) right++;
      else wrong++;
    }
    const document = prepared[v + 1]!;
    const covered = new Uint8Array(document.text.length);
    for (const passage of result.passages) {
      for (const span of passage.spans) if (span.docId === docId) covered.fill(1, span.start, span.end);
    }
    const keptWords = version.filter((s) => s.origin >= 0).reduce((sum, s) => sum + countWords(s.text), 0);
    const passageWords = document.tokens.filter((token) => covered[token.start] === 1).length;
    log(
      `${docId}: ${right} of ${truth.size} kept sentences aligned with their origin, ${wrong} other alignments; ` +
        `${passageWords} of its ${keptWords} kept words inside shared passages`,
    );
  });

  // Neighbouring articles of one outlet and section report different stories: what aligns there is noise.
  const unrelated = articles.slice(next, next + 60);
  let groups = 0;
  let sentences = 0;
  for (let i = 0; i + 1 < unrelated.length; i += 2) {
    const pair = [unrelated[i]!, unrelated[i + 1]!].map((text, k) =>
      prepareDocument({ id: `u${k}`, text, boilerplate: [] }),
    );
    sentences += pair[0]!.sentences.length + pair[1]!.sentences.length;
    groups += compareDocuments(pair).alignment.length;
  }
  log(
    `unrelated article pairs: ${groups} aligned groups among ${sentences} sentences of ${Math.floor(unrelated.length / 2)} pairs`,
  );
}
