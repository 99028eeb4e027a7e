import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareDocuments } from '../../src-main/core/compare/compareDocuments';
import type { ExtractFacts, FactDocument } from '../../src-main/core/compare/facts/factTypes';
import { prepareDocument } from '../../src-main/core/compare/preparedDocument';

test('the facts extractor receives every report with its sentences and boilerplate, and the aligned groups', () => {
  const footer = 'عن مصدر الخبر';
  const a = `أعلن الجيش تشكيل قوة مشتركة في مدينة سرت. وقال المتحدث إن العمل يبدأ غدا.\n${footer}`;
  const b = 'قالت مصادر إن الطقس معتدل. أعلن الجيش تشكيل قوة مشتركة في مدينة سرت.';
  const documents = [
    prepareDocument({ id: 'a', text: a, boilerplate: [{ start: a.indexOf(footer), end: a.length }] }),
    prepareDocument({ id: 'b', text: b, boilerplate: [] }),
  ];
  let received: { documents: FactDocument[]; aligned: { docId: string; start: number; end: number }[][] } | undefined;
  const extractFacts: ExtractFacts = (factDocuments, aligned) => {
    received = { documents: factDocuments, aligned };
    return [
      {
        kind: 'place',
        label: 'سرت',
        cells: [{ docId: 'a', text: 'سرت', start: a.indexOf('سرت'), end: a.indexOf('سرت') + 3 }],
        disagree: true,
      },
    ];
  };
  const result = compareDocuments(documents, { extractFacts });
  assert.ok(received);
  assert.deepEqual(
    received.documents.map((document) => [document.id, document.sentences.length, document.boilerplate.length]),
    [
      ['a', 2, 1],
      ['b', 2, 0],
    ],
  );
  assert.equal(received.documents[0]!.text, a);
  assert.deepEqual(received.aligned, [
    [
      { docId: 'a', start: 0, end: a.indexOf('.') + 1 },
      { docId: 'b', start: b.indexOf('أعلن'), end: b.length },
    ],
  ]);
  assert.equal(result.facts.length, 1);
  assert.equal(result.facts[0]!.label, 'سرت');
  assert.deepEqual(compareDocuments(documents).facts, [], 'no extractor, no facts');
});
