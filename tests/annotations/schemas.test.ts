import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeSchema } from '../../src-main/core/annotations/code';
import { DocumentNoteSchema } from '../../src-main/core/annotations/documentNote';
import { HighlightSchema, type Highlight } from '../../src-main/core/annotations/highlight';
import { MemoSchema } from '../../src-main/core/annotations/memo';

const highlight: Highlight = {
  id: 'h1',
  docId: 'd1',
  target: {
    quote: { exact: 'اجتماع عسكري', prefix: '', suffix: ' حاسم في سرت' },
    position: { start: 0, end: 12 },
    sha256: '0123456789abcdef'.repeat(4),
  },
  codeIds: ['c1'],
  note: '**مهم**: يختلف اللقب بين التقارير.',
  created: '2025-01-02T10:00:00.000Z',
  modified: '2025-01-02T10:05:00+02:00',
  status: 'anchored',
};

test('a well-formed highlight, code, memo and document note pass their schemas unchanged', () => {
  assert.deepEqual(HighlightSchema.parse(highlight), highlight);
  const code = { id: 'c1', name: 'ألقاب عسكرية', color: '#1f77b4', parentId: 'c0', description: 'رتب' };
  assert.deepEqual(CodeSchema.parse(code), code);
  const memo = {
    id: 'm1',
    title: 'الألقاب',
    body: 'نص',
    highlightIds: ['h1'],
    created: highlight.created,
    modified: highlight.modified,
  };
  assert.deepEqual(MemoSchema.parse(memo), memo);
  assert.deepEqual(DocumentNoteSchema.parse({ docId: 'd1', body: '' }), { docId: 'd1', body: '' });
});

test('highlights with an empty quote, a reversed range, a bad hash or a bad date are refused', () => {
  const broken: unknown[] = [
    { ...highlight, target: { ...highlight.target, quote: { ...highlight.target.quote, exact: '' } } },
    { ...highlight, target: { ...highlight.target, position: { start: 5, end: 5 } } },
    { ...highlight, target: { ...highlight.target, sha256: 'ABC' } },
    { ...highlight, created: 'yesterday' },
    { ...highlight, status: 'lost' },
  ];
  for (const value of broken) assert.equal(HighlightSchema.safeParse(value).success, false, JSON.stringify(value));
});

test('a code needs a name and a #rrggbb colour', () => {
  assert.equal(CodeSchema.safeParse({ id: 'c', name: '  ', color: '#ffffff' }).success, false);
  assert.equal(CodeSchema.safeParse({ id: 'c', name: 'x', color: 'red' }).success, false);
});
