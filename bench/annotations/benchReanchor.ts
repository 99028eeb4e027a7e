import { anchorHighlight } from '../../src-main/core/annotations/anchorHighlight';
import { createTextTarget } from '../../src-main/core/annotations/createQuoteSelector';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';

type Log = (line: string) => void;

/** Replaces the words at the given shares of the way through `passage` («0» the first, «1» the last). */
function withWordsReplaced(passage: string, shares: readonly number[]): string {
  const words = passage.split(' ');
  for (const share of shares) words[Math.floor(share * (words.length - 1))] = 'كلمةجديدة';
  return words.join(' ');
}

/**
 * How long re-anchoring takes when a re-import edits a long highlighted passage: the whole of the
 * corpus's longest report highlighted, and a passage of 300 words, each edited in a few places.
 * An import re-anchors every highlight of a changed report, so this is the import's cost per
 * highlight of that size. Prints only.
 */
export function benchReanchor(documents: readonly IndexableDocument[], log: Log): void {
  const longest = documents.reduce((best, document) => (document.text.length > best.text.length ? document : best));
  const words = longest.text.split(' ');
  const passageOf = (count: number) => words.slice(0, count).join(' ');
  const cases: [string, string, number[]][] = [
    [`the whole report (${words.length} words)`, longest.text, [0, 1]],
    [`the whole report (${words.length} words)`, longest.text, [0.1, 0.5, 0.9]],
    ['300 words', passageOf(300), [0.5]],
  ];
  for (const [label, passage, shares] of cases) {
    const before = `${passage}\nخاتمة`;
    const after = `${withWordsReplaced(passage, shares)}\nخاتمة`;
    const target = createTextTarget(before, { start: 0, end: passage.length }, 'f'.repeat(64));
    const started = performance.now();
    const result = anchorHighlight(target, after);
    const ms = performance.now() - started;
    const where =
      shares.length === 1 ? 'a word' : shares.length === 2 ? 'its first and last word' : `${shares.length} words`;
    log(`re-anchor a highlight of ${label}, ${where} replaced: ${ms.toFixed(0)} ms (${result.status})`);
  }
}
