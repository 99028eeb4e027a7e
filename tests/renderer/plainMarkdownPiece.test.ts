import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plainMarkdownPiece } from '../../src-renderer/annotations/plainPreview';
import { snippetSegments } from '../../src-renderer/search/snippetSegments';

describe('a note snippet without its Markdown', () => {
  it('takes out emphasis, code, links and line markers', () => {
    assert.equal(plainMarkdownPiece('الرتبة **الفريق أول** و`رمز`'), 'الرتبة الفريق أول ورمز');
    assert.equal(plainMarkdownPiece('انظر [المصدر](https://example.org/a) هنا'), 'انظر المصدر هنا');
    assert.equal(plainMarkdownPiece('# عنوان\n> اقتباس\n- بند'), 'عنوان اقتباس بند');
  });

  it('keeps the mark on the matched word when the note is cut into pieces', () => {
    const text = 'الرتبة **الفريق أول** هنا';
    const start = text.indexOf('الفريق');
    const pieces = snippetSegments({
      start: 0,
      end: text.length,
      text,
      highlights: [{ start, end: start + 'الفريق'.length }],
    }).map((segment) => ({ text: plainMarkdownPiece(segment.text), hit: segment.hit }));
    assert.deepEqual(
      pieces.filter((piece) => piece.hit).map((piece) => piece.text),
      ['الفريق'],
    );
    assert.equal(pieces.map((piece) => piece.text).join(''), 'الرتبة الفريق أول هنا');
  });
});
