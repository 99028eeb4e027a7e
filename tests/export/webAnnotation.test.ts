import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorHighlight } from '../../src-main/core/annotations/anchorHighlight';
import type { Highlight } from '../../src-main/core/annotations/highlight';
import { importedTextTarget } from '../../src-main/core/export/importedHighlight';
import {
  parseWebAnnotationCollection,
  WebAnnotationImportError,
} from '../../src-main/core/export/parseWebAnnotationCollection';
import { exportWebAnnotations } from '../../src-main/core/export/webAnnotationExport';
import { codes, emojiPost, highlights, sampleInput } from './fixtures/sampleExport';

const json = exportWebAnnotations(sampleInput, { label: 'تقارير سرت', generatedAt: '2025-03-01T12:00:00Z' });
const collection = JSON.parse(json);
const textOf = (docId: string) => sampleInput.documents.find((document) => document.id === docId)!.text;
const codeNames = (highlight: Highlight) => highlight.codeIds.map((id) => codes.find((code) => code.id === id)!.name);

function problemsOf(input: unknown): string[] {
  try {
    parseWebAnnotationCollection(typeof input === 'string' ? input : JSON.stringify(input));
  } catch (error) {
    assert.ok(error instanceof WebAnnotationImportError, `unexpected ${String(error)}`);
    return error.problems;
  }
  return assert.fail('the input was accepted');
}

function withItem(index: number, change: (item: Record<string, any>) => void): unknown {
  const copy = structuredClone(collection);
  change(copy.first.items[index]);
  return copy;
}

test('the collection follows the Web Annotation model: context, type, embedded first page', () => {
  assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  assert.equal(collection.total, highlights.length);
  assert.equal(collection.first.type, 'AnnotationPage');
  assert.equal(collection.label, 'تقارير سرت');
  assert.equal(collection.generated, '2025-03-01T12:00:00Z');
});

test('an annotation targets its Qarin document with hash, quote and code point position', () => {
  const item = collection.first.items.find((candidate: { id: string }) => candidate.id.endsWith(':h-emoji'));
  assert.equal(item.type, 'Annotation');
  assert.equal(item.target.source, 'urn:qarin:doc:doc-post');
  assert.match(item.target.sha256, /^[0-9a-f]{64}$/);
  const [quote, position] = item.target.selector;
  assert.equal(quote.type, 'TextQuoteSelector');
  assert.equal(quote.exact, 'يعلن 😀 "تشكيل قوة مشتركة", بحسب');
  assert.equal(position.type, 'TextPositionSelector');
  assert.equal(Array.from(emojiPost.text).slice(position.start, position.end).join(''), quote.exact);
  assert.ok(position.start < emojiPost.text.indexOf(quote.exact), 'emoji and astral letters before it count once');
});

test('codes are tagging bodies with colour and path, notes Markdown commenting bodies, each with its language and direction', () => {
  const item = collection.first.items.find((candidate: { id: string }) => candidate.id.endsWith(':h-title'));
  assert.deepEqual(item.body, [
    {
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'حفتر',
      format: 'text/plain',
      language: 'ar',
      textDirection: 'rtl',
      color: '#ff7f0e',
      codePath: ['فاعلون', 'حفتر'],
    },
    {
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'Titles, "ranks"',
      format: 'text/plain',
      language: 'und-Latn',
      textDirection: 'ltr',
      color: '#2ca02c',
      codePath: ['Titles, "ranks"'],
    },
    {
      type: 'TextualBody',
      purpose: 'commenting',
      value: highlights[0]!.note,
      format: 'text/markdown',
      language: 'ar',
      textDirection: 'rtl',
    },
  ]);
  assert.equal(item.created, highlights[0]!.created);
  assert.equal(item.modified, highlights[0]!.modified);
});

test('every annotation stands alone: its own context, a creator, and a body even when uncoded', () => {
  for (const item of collection.first.items) {
    assert.deepEqual(item['@context'], collection['@context']);
    assert.deepEqual(item.creator, { id: 'urn:qarin:software', type: 'Software', name: 'Qarin' });
    assert.ok(item.body.length > 0);
    for (const body of item.body) assert.ok(body.format === 'text/plain' || body.format === 'text/markdown');
  }
  const english = collection.first.items.find((candidate: { id: string }) => candidate.id.endsWith(':h-corrupt'));
  assert.deepEqual(
    english.body.map((body: { language: string }) => body.language),
    ['en'],
    'an English note is tagged English',
  );
  const uncoded = collection.first.items.find((candidate: { id: string }) => candidate.id.endsWith(':h-orphan'));
  assert.deepEqual(uncoded.body, [
    {
      type: 'TextualBody',
      purpose: 'highlighting',
      value: 'Uncoded',
      format: 'text/plain',
      language: 'en',
      textDirection: 'ltr',
    },
  ]);
  const parsed = parseWebAnnotationCollection(json).highlights.find((highlight) => highlight.id === 'h-orphan')!;
  assert.deepEqual([parsed.codes, parsed.note], [[], ''], 'the uncoded body is neither a code nor a note');
});

test('round trip: parsing the export and anchoring gives back every anchored highlight', () => {
  const parsed = parseWebAnnotationCollection(json);
  assert.equal(parsed.label, 'تقارير سرت');
  assert.deepEqual(parsed.codes, [
    { path: ['فاعلون', 'حفتر'], color: '#ff7f0e' },
    { path: ['Titles, "ranks"'], color: '#2ca02c' },
  ]);
  for (const original of highlights.filter((highlight) => highlight.status === 'anchored')) {
    const imported = parsed.highlights.find((highlight) => highlight.id === original.id)!;
    const target = importedTextTarget(imported, textOf(imported.docId));
    assert.deepEqual(
      {
        id: imported.id,
        docId: imported.docId,
        target,
        codeNames: imported.codes.map((code) => code.path.at(-1)),
        note: imported.note,
        created: imported.created,
        modified: imported.modified,
      },
      {
        id: original.id,
        docId: original.docId,
        target: original.target,
        codeNames: codeNames(original),
        note: original.note,
        created: original.created,
        modified: original.modified,
      },
    );
    assert.equal(anchorHighlight(target, textOf(imported.docId)).status, 'exact-position');
  }
});

test('an orphan travels without a position and is found again by its quote alone', () => {
  const orphan = parseWebAnnotationCollection(json).highlights.find((highlight) => highlight.id === 'h-orphan')!;
  assert.equal(orphan.codePointPosition, undefined);
  const result = anchorHighlight(importedTextTarget(orphan, textOf(orphan.docId)), textOf(orphan.docId));
  assert.equal(result.status, 'exact-quote');
});

test('importing the same file twice yields the same ids, also for annotations made by other tools', () => {
  const foreign = structuredClone(collection);
  foreign.first.items[1].id = 'https://annotations.example/a/77';
  delete foreign.first.items[2].id;
  const once = parseWebAnnotationCollection(JSON.stringify(foreign)).highlights.map((highlight) => highlight.id);
  const twice = parseWebAnnotationCollection(JSON.stringify(foreign)).highlights.map((highlight) => highlight.id);
  assert.deepEqual(once, twice);
  assert.equal(new Set(once).size, once.length);
  assert.match(once[1]!, /^imported-[0-9a-f]{24}$/);
});

test('single values stand for lists of one, as JSON-LD allows', () => {
  const loose = withItem(0, (item) => {
    item.body = item.body[0];
    item.target = [{ ...item.target, selector: item.target.selector[0] }];
  });
  const parsed = parseWebAnnotationCollection(JSON.stringify(loose));
  assert.deepEqual(parsed.highlights[0]!.codes, [{ path: ['فاعلون', 'حفتر'], color: '#ff7f0e' }]);
  assert.equal(parsed.highlights[0]!.codePointPosition, undefined);
});

test('malformed JSON is reported with line and column', () => {
  assert.deepEqual(problemsOf('{\n  "type": "AnnotationCollection",\n  "first": }'), [
    'the file is not valid JSON at line 3, column 12: unexpected character "}"',
  ]);
  assert.deepEqual(problemsOf(''), [
    'the file is not valid JSON at line 1, column 1: unexpected end of input (expected a value)',
  ]);
  assert.match(problemsOf('{"a": "unterminated')[0]!, /line 1, column 20: unexpected end of input/);
});

test('a file that is not an AnnotationCollection says what it is instead', () => {
  assert.deepEqual(problemsOf([]), ['the file holds a JSON array, not an AnnotationCollection object']);
  assert.deepEqual(problemsOf(collection.first.items[0]), ['this is a single Annotation, not an AnnotationCollection']);
  assert.deepEqual(problemsOf({ ...collection, type: 'Collection' }), ['type: this is not an AnnotationCollection']);
  assert.deepEqual(problemsOf({ ...collection, '@context': 'https://schema.org' }), [
    '@context: the "@context" must be or include "http://www.w3.org/ns/anno.jsonld"',
  ]);
  assert.deepEqual(problemsOf({ ...collection, first: 'urn:page:1' }), [
    'first: the collection needs its first AnnotationPage embedded in "first" (links are not followed)',
  ]);
});

test('each faulty item is named with its place and what is wrong, all at once', () => {
  const broken = structuredClone(collection);
  broken.first.items[0].target.selector = [];
  broken.first.items[1].target.source = 'https://example.com/article';
  delete broken.first.items[2].target;
  broken.first.items[3].target.selector = [{ type: 'TextPositionSelector', start: 5, end: 9 }];
  broken.first.items[4].body = [{ type: 'SpecificResource', source: 'urn:x' }];
  assert.deepEqual(problemsOf(broken), [
    'first.items[0].target.selector: the target has no selectors',
    'first.items[1].target.source: the target is not a Qarin document: its source must start with urn:qarin:doc:',
    'first.items[2].target: an annotation needs a "target"',
    'first.items[3].target.selector: the target needs a TextQuoteSelector: the quote is what a highlight is found by',
    'first.items[4].body[0].type: only TextualBody bodies (codes and notes) can be imported',
    'first.items[4].body[0].value: a TextualBody needs a string "value"',
  ]);
});

test('bad selectors, hashes, dates and duplicate ids are refused with clear reasons', () => {
  assert.deepEqual(problemsOf(withItem(0, (item) => (item.target.selector[1].end = 1))), [
    'first.items[0].target.selector[1]: the TextPositionSelector ends before it starts',
  ]);
  assert.deepEqual(
    problemsOf(withItem(0, (item) => (item.target.selector[0] = { type: 'FragmentSelector', value: 'p=3' }))),
    [
      'first.items[0].target.selector[0]: unsupported selector "FragmentSelector"; Qarin reads TextQuoteSelector and TextPositionSelector',
    ],
  );
  assert.deepEqual(problemsOf(withItem(0, (item) => (item.target.sha256 = 'ABC'))), [
    'first.items[0].target.sha256: the target\'s "sha256" must be 64 lowercase hexadecimal digits',
  ]);
  assert.deepEqual(problemsOf(withItem(0, (item) => (item.created = 'yesterday'))), [
    'first.items[0].created: expected an ISO 8601 date-time such as 2025-01-31T09:00:00Z',
  ]);
  assert.deepEqual(problemsOf(withItem(0, (item) => (item.target.selector[0].exact = ''))), [
    'first.items[0].target.selector[0].exact: the quoted "exact" text is empty',
  ]);
  assert.deepEqual(problemsOf(withItem(1, (item) => (item.id = collection.first.items[0].id))), [
    'first.items[1]: repeats the id of first.items[0] (h-title)',
  ]);
});

test('the error message lists the problems and counts the rest', () => {
  const many = structuredClone(collection);
  many.first.items = Array.from({ length: 12 }, () => ({ type: 'Annotation' }));
  try {
    parseWebAnnotationCollection(JSON.stringify(many));
    assert.fail('accepted');
  } catch (error) {
    assert.ok(error instanceof WebAnnotationImportError);
    assert.equal(error.problems.length, 12);
    assert.match(
      error.message,
      /^Cannot import the annotations: first\.items\[0\]\.target: an annotation needs a "target";.*and 2 more problems$/,
    );
  }
});

test('a leading byte order mark is tolerated', () => {
  assert.equal(parseWebAnnotationCollection(`\uFEFF${json}`).highlights.length, highlights.length);
});
