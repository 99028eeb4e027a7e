// The compare view's aligned rows layout, its pure parts: cutting paragraphs at sentences and assigning rows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assignRows, cutAtSentences } from '../../src-renderer/compare/alignedRows';
import { splitParagraphs } from '../../src-renderer/reader/paragraphs';

describe('cutting paragraphs at sentence starts', () => {
  const text = 'أولى. ثانية؟ ثالثة\n\nرابعة. خامسة';
  const lines = splitParagraphs(text);

  it('gives each sentence a block that is exactly its stored slice, keeping the paragraph numbers', () => {
    const pieces = cutAtSentences(lines, [0, 6, 13, 20, 27]);
    assert.deepEqual(
      pieces.map((piece) => [piece.number, piece.text]),
      [
        [1, 'أولى. '],
        [1, 'ثانية؟ '],
        [1, 'ثالثة'],
        [2, 'رابعة. '],
        [2, 'خامسة'],
      ],
    );
    for (const piece of pieces) assert.equal(text.slice(piece.start, piece.end), piece.text);
  });

  it('keeps leading spaces with the first sentence and leaves paragraphs without sentences whole', () => {
    const spaced = '  أولى. ثانية\nبلا جمل';
    const pieces = cutAtSentences(splitParagraphs(spaced), [2, 8]);
    assert.deepEqual(
      pieces.map((piece) => piece.text),
      ['  أولى. ', 'ثانية', 'بلا جمل'],
    );
  });
});

describe('assigning aligned rows', () => {
  it('puts a group in one row and every other block in a row of its own', () => {
    // Column 0 has blocks a0 a1 a2, column 1 has b0 b1; a1 is aligned with b0.
    const { rowOf, rowCount } = assignRows(
      [3, 2],
      [
        {
          members: [
            { column: 0, block: 1 },
            { column: 1, block: 0 },
          ],
        },
      ],
    );
    assert.deepEqual(rowOf, [
      [0, 1, 2],
      [1, 3],
    ]);
    assert.equal(rowCount, 4);
  });

  it('leaves out of the row a member that would reorder its column', () => {
    const { rowOf } = assignRows(
      [2, 2],
      [
        {
          members: [
            { column: 0, block: 0 },
            { column: 1, block: 1 },
          ],
        },
        {
          members: [
            { column: 0, block: 1 },
            { column: 1, block: 0 },
          ],
        },
      ],
    );
    // The first group holds; the second would put b0 below b1, so a1 and b0 each keep rows of their own.
    assert.equal(rowOf[0]![0], rowOf[1]![1]);
    assert.notEqual(rowOf[0]![1], rowOf[1]![0]);
    assert.ok(rowOf[1]![0]! < rowOf[1]![1]!, 'each column keeps its reading order');
    assert.ok(rowOf[0]![0]! < rowOf[0]![1]!);
  });
});
