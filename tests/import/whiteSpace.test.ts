import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseWhiteSpace, isWhiteSpace } from '../../src-main/core/text/whiteSpace';

describe('white space', () => {
  it('is what \\s matches and trim takes away, for every character of the basic plane', () => {
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code);
      assert.equal(isWhiteSpace(code), /\s/.test(character), `U+${code.toString(16)}`);
      assert.equal(isWhiteSpace(code), character.trim() === '', `U+${code.toString(16)}`);
    }
  });

  it('collapses as replace(/\\s+/g, " ").trim() does', () => {
    const piece = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00A0', '\u2009', '\uFEFF', 'a', 'ب', 'S&P', '\u3000');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(text, (sample) => assert.equal(collapseWhiteSpace(sample), sample.replace(/\s+/g, ' ').trim())),
      { numRuns: 20_000 },
    );
  });
});
