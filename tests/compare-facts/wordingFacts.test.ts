import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFacts } from '../../src-main/core/compare/facts/extractFacts';
import type { FactDocument, FactRow } from '../../src-main/core/compare/facts/factTypes';
import { assertCellsPointIntoTexts, cellTexts } from './factAssertions';
import { factDocument } from './factDocuments';

const first = factDocument('a', 'وقع الهجوم فجر السبت. قُتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش قرب سرت.');
const second = factDocument(
  'b',
  'استُشهد ثلاثة جنود في هجوم شنه إرهابيون على نقطة تفتيش قرب سرت. وتبنى التنظيم الهجوم.',
);

/** The sentence of a document that contains `phrase`, as an aligned-group member. */
function sentenceWith(document: FactDocument, phrase: string): { docId: string; start: number; end: number } {
  const at = document.text.indexOf(phrase);
  const sentence = document.sentences.find((span) => at >= span.start && at < span.end)!;
  return { docId: document.id, start: sentence.start, end: sentence.end };
}

function wordingRows(documents: FactDocument[], aligned: { docId: string; start: number; end: number }[][]): FactRow[] {
  const rows = extractFacts(documents, aligned).filter((row) => row.kind === 'wording');
  assertCellsPointIntoTexts(rows, documents);
  return rows;
}

describe('wording facts', () => {
  const aligned = [[sentenceWith(first, 'ثلاثة جنود'), sentenceWith(second, 'ثلاثة جنود')]];

  it('reports aligned sentences that frame the same event with different words', () => {
    const rows = wordingRows([first, second], aligned);
    assert.deepEqual(
      rows.map((row) => [row.label, cellTexts(row), row.disagree]),
      [
        ['قُتل / استُشهد / لقي حتفه', ['a: قُتل', 'b: استُشهد'], true],
        ['مسلحون / إرهابيون / مقاتلون / ثوار / متمردون', ['a: مسلحون', 'b: إرهابيون'], true],
      ],
    );
  });

  it('reports nothing for sentences that alignment did not match', () => {
    assert.deepEqual(wordingRows([first, second], []), []);
  });

  it('reports nothing where the aligned sentences choose the same words', () => {
    const same = factDocument('c', 'قتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش قرب سرت.');
    const group = [[sentenceWith(first, 'ثلاثة جنود'), sentenceWith(same, 'ثلاثة جنود')]];
    assert.deepEqual(wordingRows([first, same], group), []);
  });

  it('reads multi-word members and proclitics («ولقوا حتفهم»)', () => {
    const third = factDocument('c', 'ولقي ثلاثة جنود حتفهم، ولقوا حتفهم في هجوم شنه متمردون على نقطة تفتيش قرب سرت.');
    const group = [[sentenceWith(first, 'ثلاثة جنود'), sentenceWith(third, 'هجوم')]];
    const rows = wordingRows([first, third], group);
    assert.deepEqual(
      rows.map((row) => cellTexts(row)),
      [
        ['a: قُتل', 'c: لقوا حتفهم'],
        ['a: مسلحون', 'c: متمردون'],
      ],
    );
  });
});
