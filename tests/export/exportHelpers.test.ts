import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePath } from '../../src-main/core/export/codePath';
import { createParagraphLocator } from '../../src-main/core/export/paragraphLocator';
import { firstStrongDirection } from '../../src-main/core/export/textDirection';
import type { Code } from '../../src-main/core/annotations/code';

test('paragraphs are counted over non-blank lines, from 1', () => {
  const text = 'عنوان\n\n  \nالفقرة الأولى\nالفقرة الثانية\n\nالثالثة';
  const paragraphAt = createParagraphLocator(text);
  assert.equal(paragraphAt(0), 1);
  assert.equal(paragraphAt(text.indexOf('الأولى')), 2);
  assert.equal(paragraphAt(text.indexOf('الفقرة الثانية')), 3);
  assert.equal(paragraphAt(text.indexOf('الثالثة')), 4);
});

test('a code path runs from the root and stops at a missing parent or a cycle', () => {
  const codes: Code[] = [
    { id: 'a', name: 'فاعلون', color: '#000000' },
    { id: 'b', name: 'عسكريون', color: '#000000', parentId: 'a' },
    { id: 'c', name: 'حفتر', color: '#000000', parentId: 'b' },
    { id: 'x', name: 'يتيم', color: '#000000', parentId: 'gone' },
    { id: 'p', name: 'P', color: '#000000', parentId: 'q' },
    { id: 'q', name: 'Q', color: '#000000', parentId: 'p' },
  ];
  const byId = new Map(codes.map((code) => [code.id, code]));
  assert.deepEqual(codePath(byId.get('c')!, byId), ['فاعلون', 'عسكريون', 'حفتر']);
  assert.deepEqual(codePath(byId.get('x')!, byId), ['يتيم']);
  assert.deepEqual(codePath(byId.get('p')!, byId), ['Q', 'P']);
});

test('direction follows the first letter, skipping digits, punctuation and emoji', () => {
  assert.equal(firstStrongDirection('2025 😀 «قال» the'), 'rtl');
  assert.equal(firstStrongDirection('« Haftar » قال'), 'ltr');
  assert.equal(firstStrongDirection('١٢٣ 😀'), undefined);
});
